package io.lianxin.notification.domain;

import static io.lianxin.notification.domain.NotificationTestData.aNotification;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestTest {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  static final DigestPeriod MARCH_5 = DigestPeriod.day(LocalDate.parse("2026-03-05"));

  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
  }

  @Test
  void aDigestHoldsThePeriodsLowPriorityNotificationsOfEmailedAreasGroupedBySubjectOldestFirst() {
    // given an inbox, newest first as the store gives it
    Notification second = aNotification().id("n-2").about("s-1").priority(Priority.LOW).storedAt(at("2026-03-05T10:00")).build();
    Notification other = aNotification().id("n-3").about("s-2").priority(Priority.LOW).storedAt(at("2026-03-05T09:00")).build();
    Notification first = aNotification().id("n-1").about("s-1").priority(Priority.LOW).storedAt(at("2026-03-05T08:00")).build();
    Notification normal = aNotification().id("n-4").storedAt(at("2026-03-05T11:00")).build();
    Notification dayBefore = aNotification().id("n-5").priority(Priority.LOW).storedAt(at("2026-03-04T23:00")).build();
    Notification voting = aNotification().id("n-6").eventType("lianxin.voting.poll-opened.v1")
        .priority(Priority.LOW).storedAt(at("2026-03-05T12:00")).build();
    Person deputy = PersonTestData.aDeputy().build();
    Preferences suggestionsOnly = PreferencesTestData.preferences().language("en").emailing("suggestion").build();
    // when
    Digest digest = Digest.of(deputy, suggestionsOnly, MARCH_5,
        List.of(voting, normal, second, other, first, dayBefore), BEIJING).orElseThrow();
    // expect
    assertThat(digest.id()).isEqualTo("C|p-1|DAILY|2026-03-05");
    assertThat(digest.address()).isEqualTo("p1@example.cn");
    assertThat(digest.language()).isEqualTo("en");
    assertThat(digest.bySubject().keySet()).containsExactly("s-1", "s-2");
    assertThat(digest.bySubject().get("s-1")).containsExactly(first, second);
    assertThat(digest.size()).isEqualTo(3);
  }

  @Test
  void noDigestWhenNothingBelongsInOne() {
    // given only a normal notification
    Notification normal = aNotification().storedAt(at("2026-03-05T11:00")).build();
    // when / expect
    assertThat(Digest.of(PersonTestData.aDeputy().build(), Preferences.defaults("C", "p-1", null), MARCH_5,
        List.of(normal), BEIJING)).isEmpty();
  }

  @Test
  void aNotificationWhoseEmailTheHourlyCapDeferredGoesInTheNextDigestWhateverItsPriorityAndDay() {
    // given a normal notification of the day before, its e-mail deferred
    Notification deferred = aNotification().id("n-7").storedAt(at("2026-03-04T23:00")).build();
    Notification normal = aNotification().id("n-8").storedAt(at("2026-03-05T11:00")).build();
    // when
    Digest digest = Digest.of(PersonTestData.aDeputy().build(), Preferences.defaults("C", "p-1", null), MARCH_5,
        List.of(normal, deferred), java.util.Set.of("n-7"), BEIJING).orElseThrow();
    // expect
    assertThat(digest.bySubject().values()).flatExtracting(n -> n).containsExactly(deferred);
  }
}
