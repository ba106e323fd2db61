package io.lianxin.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookProtocolTest {

  @Test
  void aCallIsSignedWithHmacSha256OverTimestampDotBody() {
    // given a secret, a timestamp and a body
    // when
    String header = WebhookProtocol.signatureHeader("0123456789abcdef", "1772672400", "{\"a\":1}");
    // expect (as a receiver recomputes it, e.g. with Python's hmac)
    assertThat(header).isEqualTo("sha256=f0923b5cffb13ab09a8b9dff8df23e2f87ed57f950a17277dd1141ddf5d8b54b");
    assertThat(header).isEqualTo("sha256=" + WebhookProtocol.sign("0123456789abcdef", "1772672400.{\"a\":1}"));
  }

  @Test
  void a2xxIsDeliveredA4xxOtherThan429RefusesForGoodTheRestIsWorthAnotherTry() {
    assertThat(WebhookProtocol.delivered(200)).isTrue();
    assertThat(WebhookProtocol.delivered(204)).isTrue();
    assertThat(WebhookProtocol.delivered(302)).isFalse();
    assertThat(WebhookProtocol.failureOf(404).isPermanent()).isTrue();
    assertThat(WebhookProtocol.failureOf(404)).hasMessage("webhook answered 404");
    assertThat(WebhookProtocol.failureOf(429).isPermanent()).isFalse();
    assertThat(WebhookProtocol.failureOf(503).isPermanent()).isFalse();
    assertThat(WebhookProtocol.failureOf(302).isPermanent()).isFalse();
  }
}
