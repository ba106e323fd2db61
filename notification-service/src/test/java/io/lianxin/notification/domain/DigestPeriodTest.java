package io.lianxin.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DigestPeriodTest {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  static final LocalTime EIGHT = LocalTime.of(8, 0);

  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
  }

  @Test
  void nothingIsDueBeforeTheHourOfSending() {
    // given Tuesday 07:59 / when / expect
    assertThat(DigestPeriod.dueAt(at("2026-03-03T07:59"), BEIJING, EIGHT)).isEmpty();
  }

  @Test
  void afterTheHourYesterdaysDailyDigestIsDue() {
    // given Tuesday 08:00
    // when
    var due = DigestPeriod.dueAt(at("2026-03-03T08:00"), BEIJING, EIGHT);
    // expect
    assertThat(due).containsExactly(new DigestPeriod(Preferences.Digest.DAILY, LocalDate.parse("2026-03-02"),
        LocalDate.parse("2026-03-03")));
  }

  @Test
  void onMondaysLastWeeksWeeklyDigestIsDueToo() {
    // given Monday 09:00 (in Beijing; still Monday 01:00 UTC)
    // when
    var due = DigestPeriod.dueAt(at("2026-03-09T09:00"), BEIJING, EIGHT);
    // expect
    assertThat(due).containsExactly(DigestPeriod.day(LocalDate.parse("2026-03-08")),
        new DigestPeriod(Preferences.Digest.WEEKLY, LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-09")));
    assertThat(due.get(1).lastDay()).isEqualTo(LocalDate.parse("2026-03-08"));
  }

  @Test
  void aPeriodCoversItsDaysInCongressTimeAndIsForThoseWhoChoseItsKind() {
    // given
    DigestPeriod march5 = DigestPeriod.day(LocalDate.parse("2026-03-05"));
    Person deputy = PersonTestData.aDeputy().build();
    // when / expect
    assertThat(march5.covers(at("2026-03-05T00:00"), BEIJING)).isTrue();
    assertThat(march5.covers(at("2026-03-05T23:59"), BEIJING)).isTrue();
    assertThat(march5.covers(at("2026-03-06T00:00"), BEIJING)).isFalse();
    assertThat(march5.isFor(Preferences.defaults("C", "p-1", null))).isTrue();
    assertThat(march5.isFor(PreferencesTestData.preferences().digest(Preferences.Digest.WEEKLY).build())).isFalse();
    assertThat(march5.idFor(deputy)).isEqualTo("C|p-1|DAILY|2026-03-05");
  }

  @Test
  void aPeriodHasAtLeastOneDay() {
    LocalDate day = LocalDate.parse("2026-03-05");
    assertThatThrownBy(() -> new DigestPeriod(Preferences.Digest.DAILY, day, day))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void someoneWhoChoseImmediateMailsGetsTheDailyDigestOnlyForTheMailsTheCapDeferred() {
    // given
    DigestPeriod march5 = DigestPeriod.day(java.time.LocalDate.of(2026, 3, 5));
    DigestPeriod week = DigestPeriod.weekBefore(java.time.LocalDate.of(2026, 3, 9));
    Preferences immediate = PreferencesTestData.preferences().digest(Preferences.Digest.IMMEDIATE).build();
    // when / expect
    assertThat(march5.isFor(immediate, true)).isTrue();
    assertThat(march5.isFor(immediate, false)).isFalse();
    assertThat(week.isFor(immediate, true)).isFalse();
  }
}
