package io.lianxin.portal;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the portal ({@code lianxin.portal.*}).
 *
 * @param gatewayUrl where the portal calls the services: the gateway's base URL
 * @param issuerUri the OpenID Connect issuer people sign in at; exactly the {@code iss} of its tokens
 * @param clientId the portal's client id at the issuer (a public client: authorization code + PKCE, no secret)
 * @param congressId the congress whose public pages (published suggestions, deputies' records, voters' opinions)
 *     this portal shows to visitors who are not signed in
 * @param publicUrl the portal's address as browsers reach it (through the gateway, e.g.
 *     {@code https://lianxin.example.gov.cn/portal}): the sign-in callback and the page after sign-out are built from
 *     it. Unset: from each request (and its {@code X-Forwarded-*} headers, where a trusted proxy sets them)
 */
@ConfigurationProperties("lianxin.portal")
public record PortalProperties(
    @DefaultValue("http://127.0.0.1:8080") URI gatewayUrl,
    @DefaultValue("http://127.0.0.1:9000") URI issuerUri,
    @DefaultValue("lianxin-portal") String clientId,
    @DefaultValue("cn-county-qingshan") String congressId,
    URI publicUrl) {

  /** The base of the portal's own addresses: the public URL without a trailing slash, or {@code {baseUrl}}. */
  public String ownBase() {
    if (publicUrl == null || publicUrl.toString().isBlank()) {
      return "{baseUrl}";
    }
    String base = publicUrl.toString();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** The issuer without a trailing slash, as tokens carry it. */
  public String issuer() {
    String issuer = issuerUri.toString();
    return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
  }
}
