package io.lianxin.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The defaults the settings had as {@code @Value}s, and the rules built from them. */
class NotificationPropertiesTest {

  @Test
  void everySettingHasItsDefault() {
    // given nothing configured
    NotificationProperties settings = NotificationProperties.defaults();
    // expect
    assertThat(settings.hourlyLimit()).isEqualTo(20);
    assertThat(settings.retryPolicy().maxAttempts()).isEqualTo(6);
    assertThat(settings.retryPolicy().firstBackoff()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.retryPolicy().maxBackoff()).isEqualTo(Duration.ofHours(1));
    assertThat(settings.sendLease()).isEqualTo(Duration.ofMinutes(2));
    assertThat(settings.sendConcurrency()).isEqualTo(8);
    assertThat(settings.deliveryInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(settings.digestAt()).isEqualTo(LocalTime.of(8, 0));
    assertThat(settings.digestInterval()).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.mailFrom()).isEqualTo("连心 Lianxin <noreply@lianxin.local>");
    assertThat(settings.publicBaseUrl()).isEqualTo("http://127.0.0.1:8084");
    assertThat(settings.webhookAllowPrivate()).isFalse();
    assertThat(settings.routes()).isEqualTo("classpath:lianxin/notification-routes.json");
    assertThat(settings.streamPoll()).isEqualTo(Duration.ofMillis(500));
    assertThat(settings.streamTimeout()).isEqualTo(Duration.ofMinutes(30));
    assertThat(settings.emailLimit().perHour()).isEqualTo(20);
  }
}
