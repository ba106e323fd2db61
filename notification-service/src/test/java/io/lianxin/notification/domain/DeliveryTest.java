package io.lianxin.notification.domain;

import static io.lianxin.notification.domain.DeliveryTestData.PLANNED;
import static io.lianxin.notification.domain.DeliveryTestData.aDelivery;
import static io.lianxin.notification.domain.NotificationTestData.aNotification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DeliveryTest {

  static final Duration LEASE = Duration.ofMinutes(2);
  static final RetryPolicy TWO_ATTEMPTS = new RetryPolicy(2, Duration.ofSeconds(30), Duration.ofHours(1));
  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Test
  void aClaimedDeliveryIsSendingUnderALeaseAndNotDueToOthersUntilItRunsOut() {
    // given
    Delivery d = aDelivery().build();
    // when
    d.claim(PLANNED, LEASE);
    // expect
    assertThat(d.status()).isEqualTo(Delivery.Status.SENDING);
    assertThat(d.attempts()).isEqualTo(1);
    assertThat(d.due(PLANNED.plus(LEASE))).isFalse();
    assertThat(d.due(PLANNED.plus(LEASE).plusSeconds(1))).as("the worker died").isTrue();
    assertThatThrownBy(() -> d.claim(PLANNED.plusSeconds(1), LEASE)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aTemporaryFailureIsTriedAgainAfterTheBackoffAndRecordsNothing() {
    // given
    Delivery d = aDelivery().build();
    d.claim(PLANNED, LEASE);
    // when
    d.failed(SendFailure.temporary("451 try later", null), aNotification().build(), PLANNED, TWO_ATTEMPTS);
    // expect
    assertThat(d.status()).isEqualTo(Delivery.Status.PENDING);
    assertThat(d.nextAttemptAt()).isEqualTo(PLANNED.plusSeconds(30));
    assertThat(d.lastError()).isEqualTo("451 try later");
    assertThat(d.takeEvents()).isEmpty();
  }

  @Test
  void aPermanentFailureFailsForGoodAndRecordsDeliveryFailed() {
    // given
    Delivery d = aDelivery().build();
    d.claim(PLANNED, LEASE);
    // when
    d.failed(SendFailure.permanent("550 no such mailbox"), aNotification().about("s-9").build(), PLANNED, TWO_ATTEMPTS);
    // expect
    assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
    assertThat(d.takeEvents()).containsExactly(new NotificationEvent.DeliveryFailed(
        "lianxin.suggestion.submitted.v1", "s-9", "550 no such mailbox", true, 1));
    assertThat(d.takeEvents()).as("taken once").isEmpty();
  }

  @Test
  void usedUpAttemptsFailForGoodEvenWhenTheNotificationIsGone() {
    // given a delivery on its last attempt, whose notification no longer exists
    Delivery d = aDelivery().attempts(1).build();
    d.claim(PLANNED, LEASE);
    // when
    d.failed(SendFailure.temporary(null, null), null, PLANNED, TWO_ATTEMPTS);
    // expect
    assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
    assertThat(d.takeEvents()).containsExactly(new NotificationEvent.DeliveryFailed(
        "unknown", "unknown", "unknown", false, 2));
  }

  @Test
  void aSentDeliveryKeepsNoLeaseAndNoError() {
    // given a delivery that failed once
    Delivery d = aDelivery().attempts(1).lastError("451").build();
    d.claim(PLANNED, LEASE);
    // when
    d.sent(PLANNED.plusSeconds(2));
    // expect
    assertThat(d.status()).isEqualTo(Delivery.Status.SENT);
    assertThat(d.sentAt()).isEqualTo(PLANNED.plusSeconds(2));
    assertThat(d.leaseUntil()).isNull();
    assertThat(d.lastError()).isNull();
  }

  @Test
  void anEmailWaitsForTheEndOfQuietHoursAWebhookDoesNot() {
    // given a deputy asleep 22:00–07:30, and it is 23:10 in Beijing
    Person deputy = PersonTestData.aDeputy().webhook("https://gateway.example.cn/hook", "0123456789abcdef").build();
    Preferences asleep = PreferencesTestData.preferences().language("en").quiet(LocalTime.of(22, 0), LocalTime.of(7, 30)).build();
    Instant lateEvening = Instant.parse("2026-03-05T15:10:00Z");
    Notification about = aNotification().build();
    // when
    Delivery mail = Delivery.byEmail("d-mail", about, deputy, asleep, lateEvening, BEIJING);
    Delivery call = Delivery.byWebhook("d-hook", about, deputy, asleep, lateEvening);
    // expect
    assertThat(mail.address()).isEqualTo("p1@example.cn");
    assertThat(mail.language()).isEqualTo("en");
    assertThat(mail.nextAttemptAt()).isEqualTo(Instant.parse("2026-03-05T23:30:00Z"));
    assertThat(call.address()).isEqualTo("https://gateway.example.cn/hook");
    assertThat(call.due(lateEvening)).isTrue();
  }

  @Test
  void theLastOutcomeSaysHowTheLastAttemptEnded() {
    // given
    Delivery sent = aDelivery().build();
    Delivery retrying = aDelivery().build();
    Delivery gaveUp = aDelivery().build();
    Delivery untried = aDelivery().build();
    // when
    sent.claim(PLANNED, LEASE);
    sent.sent(PLANNED);
    retrying.claim(PLANNED, LEASE);
    retrying.failed(SendFailure.temporary("451 try later", null), aNotification().build(), PLANNED, TWO_ATTEMPTS);
    gaveUp.claim(PLANNED, LEASE);
    gaveUp.failed(SendFailure.permanent("550 no such mailbox"), aNotification().build(), PLANNED, TWO_ATTEMPTS);
    // expect
    assertThat(sent.lastOutcome()).isEqualTo(Delivery.Outcome.SENT);
    assertThat(retrying.lastOutcome()).isEqualTo(Delivery.Outcome.FAILED_TEMPORARILY);
    assertThat(gaveUp.lastOutcome()).isEqualTo(Delivery.Outcome.FAILED_FOR_GOOD);
    assertThatThrownBy(untried::lastOutcome).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anEmailOverTheHourlyCapIsDeferredNeverSentOnItsOwnAndSentWithTheDigest() {
    // given
    Delivery d = Delivery.deferredToDigest("d-1", aNotification().build(), PersonTestData.aDeputy().build(),
        PreferencesTestData.preferences().build(), PLANNED);
    // expect
    assertThat(d.status()).isEqualTo(Delivery.Status.DEFERRED);
    assertThat(d.standing()).isEqualTo(Delivery.Standing.DEFERRED);
    assertThat(d.due(PLANNED.plus(Duration.ofDays(30)))).isFalse();
    // when
    d.sentInDigest(PLANNED.plus(Duration.ofHours(8)));
    // expect
    assertThat(d.status()).isEqualTo(Delivery.Status.SENT);
    assertThat(d.sentAt()).isEqualTo(PLANNED.plus(Duration.ofHours(8)));
    assertThatThrownBy(() -> d.sentInDigest(PLANNED)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aDeliveryWaitingForQuietHoursToEndIsHeldAndOneThatFailedOnceIsRetrying() {
    // given
    Delivery held = aDelivery().nextAttemptAt(PLANNED.plus(Duration.ofHours(7))).build();
    Delivery due = aDelivery().build();
    Delivery retrying = aDelivery().build();
    retrying.claim(PLANNED, LEASE);
    // when
    retrying.failed(SendFailure.temporary("451 try later", null), aNotification().build(), PLANNED, TWO_ATTEMPTS);
    // expect
    assertThat(held.standing()).isEqualTo(Delivery.Standing.HELD);
    assertThat(due.standing()).isEqualTo(Delivery.Standing.DUE);
    assertThat(retrying.standing()).isEqualTo(Delivery.Standing.RETRYING);
  }
}
