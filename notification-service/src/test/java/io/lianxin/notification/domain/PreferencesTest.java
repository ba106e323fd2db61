package io.lianxin.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.RuleViolationException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PreferencesTest {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
  }

  @Test
  void overnightQuietHoursHoldNormalMessagesUntilMorningButNotUrgentOnes() {
    Preferences p = new Preferences("C", "p", "zh-CN", null, null, LocalTime.of(22, 0), LocalTime.of(7, 30));
    assertThat(p.sendableFrom(at("2026-03-05T23:10"), Priority.NORMAL, BEIJING)).isEqualTo(at("2026-03-06T07:30"));
    assertThat(p.sendableFrom(at("2026-03-06T06:00"), Priority.NORMAL, BEIJING)).isEqualTo(at("2026-03-06T07:30"));
    assertThat(p.sendableFrom(at("2026-03-06T12:00"), Priority.NORMAL, BEIJING)).isEqualTo(at("2026-03-06T12:00"));
    assertThat(p.sendableFrom(at("2026-03-05T23:10"), Priority.URGENT, BEIJING)).isEqualTo(at("2026-03-05T23:10"));
  }

  @Test
  void daytimeQuietHoursAndNoneAtAll() {
    Preferences lunch = new Preferences("C", "p", "en", null, null, LocalTime.of(12, 0), LocalTime.of(13, 30));
    assertThat(lunch.sendableFrom(at("2026-03-05T12:15"), Priority.LOW, BEIJING)).isEqualTo(at("2026-03-05T13:30"));
    assertThat(lunch.sendableFrom(at("2026-03-05T13:30"), Priority.LOW, BEIJING)).isEqualTo(at("2026-03-05T13:30"));
    Preferences none = Preferences.defaults("C", "p", null);
    assertThat(none.sendableFrom(at("2026-03-05T03:00"), Priority.NORMAL, BEIJING)).isEqualTo(at("2026-03-05T03:00"));
    assertThat(none.language()).isEqualTo("zh-CN");
    assertThat(none.digest()).isEqualTo(Preferences.Digest.DAILY);
  }

  @Test
  void areasDecideWhatIsMailedAndBadValuesAreRefused() {
    Preferences votingOnly = new Preferences("C", "p", null, Set.of("voting"), null, null, null);
    assertThat(votingOnly.emails("lianxin.voting.poll-opened.v1")).isTrue();
    assertThat(votingOnly.emails("lianxin.suggestion.replied.v1")).isFalse();
    assertThatThrownBy(() -> new Preferences("C", "p", "fr", null, null, null, null)).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> new Preferences("C", "p", null, Set.of("sport"), null, null, null))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> new Preferences("C", "p", null, null, null, LocalTime.NOON, null))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void lowPriorityWaitsForTheDigestUnlessImmediateWasChosen() {
    // given
    Preferences daily = Preferences.defaults("C", "p", null);
    Preferences immediate = PreferencesTestData.preferences().digest(Preferences.Digest.IMMEDIATE).build();
    Notification low = NotificationTestData.aNotification().priority(Priority.LOW).build();
    // when / expect
    assertThat(daily.waitsForDigest(Priority.LOW)).isTrue();
    assertThat(daily.waitsForDigest(Priority.NORMAL)).isFalse();
    assertThat(daily.mailsOneByOne(low)).isFalse();
    assertThat(immediate.mailsOneByOne(low)).isTrue();
  }

  @Test
  void aNotificationOfAnAreaNotEmailedIsNotMailedOneByOne() {
    // given someone who wants only voting mails
    Preferences votingOnly = PreferencesTestData.preferences().emailing("voting").build();
    // when / expect
    assertThat(votingOnly.mailsOneByOne(NotificationTestData.aNotification().build())).isFalse();
    assertThat(votingOnly.mailsOneByOne(NotificationTestData.aNotification()
        .eventType("lianxin.voting.poll-opened.v1").build())).isTrue();
  }
}
