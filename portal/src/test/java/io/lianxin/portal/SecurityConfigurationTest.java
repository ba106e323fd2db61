package io.lianxin.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

class SecurityConfigurationTest {

  private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private static OAuth2AuthorizedClient withTokenUntil(Instant expiresAt) {
    PortalProperties properties = new PortalProperties(null, URI.create("http://issuer.test/"), "lianxin-portal",
        "c-1", null);
    var registration = new SecurityConfiguration().clientRegistrations(properties)
        .findByRegistrationId(SecurityConfiguration.REGISTRATION_ID);
    OAuth2AccessToken token = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "t", NOW.minusSeconds(600),
        expiresAt);
    return new OAuth2AuthorizedClient(registration, "deputy1", token);
  }

  @Test
  void aTokenWithMinutesLeftIsSent() {
    // given
    OAuth2AuthorizedClient client = withTokenUntil(NOW.plusSeconds(300));
    // when
    boolean renew = SecurityConfiguration.expiresSoon(client, CLOCK);
    // expect
    assertThat(renew).isFalse();
  }

  @Test
  void aTokenAboutToExpireOrExpiredIsNotSentButRenewed() {
    // given
    OAuth2AuthorizedClient almost = withTokenUntil(NOW.plusSeconds(10));
    OAuth2AuthorizedClient expired = withTokenUntil(NOW.minusSeconds(1));
    // when
    boolean renewAlmost = SecurityConfiguration.expiresSoon(almost, CLOCK);
    // expect
    assertThat(renewAlmost).isTrue();
    assertThat(SecurityConfiguration.expiresSoon(expired, CLOCK)).isTrue();
  }

  @Test
  void theRegistrationIsAPublicClientOfTheIssuerWithoutATrailingSlash() {
    // given
    PortalProperties properties = new PortalProperties(null, URI.create("http://issuer.test/"),
        "lianxin-portal", "c-1", null);
    // when
    var registration = new SecurityConfiguration().clientRegistrations(properties)
        .findByRegistrationId(SecurityConfiguration.REGISTRATION_ID);
    // expect
    assertThat(registration.getClientAuthenticationMethod().getValue()).isEqualTo("none");
    assertThat(registration.getProviderDetails().getIssuerUri()).isEqualTo("http://issuer.test");
    assertThat(registration.getProviderDetails().getTokenUri()).isEqualTo("http://issuer.test/oauth2/token");
    assertThat(registration.getRedirectUri()).isEqualTo("{baseUrl}/callback");
  }

  @Test
  void aPublicUrlMakesTheCallbackWhereBrowsersReachThePortal() {
    // given
    PortalProperties behindTheGateway = new PortalProperties(null, URI.create("http://issuer.test"), "lianxin-portal",
        "c-1", URI.create("https://lianxin.example.gov.cn/portal/"));
    PortalProperties unset = new PortalProperties(null, URI.create("http://issuer.test"), "lianxin-portal", "c-1",
        URI.create(""));
    // when
    var fixed = new SecurityConfiguration().clientRegistrations(behindTheGateway)
        .findByRegistrationId(SecurityConfiguration.REGISTRATION_ID);
    var fromRequest = new SecurityConfiguration().clientRegistrations(unset)
        .findByRegistrationId(SecurityConfiguration.REGISTRATION_ID);
    // expect
    assertThat(fixed.getRedirectUri()).isEqualTo("https://lianxin.example.gov.cn/portal/callback");
    assertThat(fromRequest.getRedirectUri()).isEqualTo("{baseUrl}/callback");
  }
}
