package io.lianxin.identity;

import io.lianxin.identity.domain.Account;
import io.lianxin.identity.domain.ServiceClient;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the sign-in service ({@code lianxin.identity.*}).
 *
 * @param users the accounts that may sign in ({@code lianxin.identity.users[n].username, name, roles,
 *     congress-id, deputy-id, unit-id, password-hash})
 * @param demoUsers also the demo users of every role (the testkit's {@code DemoUsers}), all with
 *     {@code demoPassword}: for the devstack only
 * @param demoPassword the one development password of the demo users
 * @param devTokenEndpoint serve {@code POST /token} (a token for a user name, no password) and
 *     {@code GET /users}: for the devstack's curl walks and tests only; otherwise both answer 404
 * @param devTokenLifetime how long a token from {@code POST /token} lasts (as the former development issuer's)
 * @param accessTokenLifetime how long an access token from the OAuth2 endpoints lasts
 * @param portal the browser client (authorization code + PKCE)
 * @param serviceClients the services that call others in their own name (client credentials)
 * @param signingKey the key tokens are signed with; generated at start when no bundle is named
 */
@ConfigurationProperties("lianxin.identity")
public record IdentityProperties(
    List<Account> users,
    @DefaultValue("false") boolean demoUsers,
    @DefaultValue("lianxin-demo") String demoPassword,
    @DefaultValue("false") boolean devTokenEndpoint,
    @DefaultValue("12h") Duration devTokenLifetime,
    @DefaultValue("30m") Duration accessTokenLifetime,
    @DefaultValue Portal portal,
    List<ServiceClient> serviceClients,
    @DefaultValue SigningKey signingKey) {

  public IdentityProperties {
    users = List.copyOf(Objects.requireNonNullElse(users, List.of()));
    serviceClients = List.copyOf(Objects.requireNonNullElse(serviceClients, List.of()));
    // a signing key of its own is what a deployment has: passwordless tokens and demo accounts must not come with it
    if ((devTokenEndpoint || demoUsers) && signingKey != null && signingKey.bundle() != null) {
      throw new IllegalStateException("lianxin.identity.dev-token-endpoint and lianxin.identity.demo-users are for the "
          + "devstack only and may not be on with a configured signing key (lianxin.identity.signing-key.bundle)");
    }
  }

  /**
   * The portal (门户): a public client (no secret) that signs people in with the authorization code and
   * PKCE (S256), without a consent page.
   *
   * @param clientId its client id
   * @param redirectUris where the code may be sent back to
   * @param postLogoutRedirectUris where a sign-out may return to
   */
  public record Portal(
      @DefaultValue("lianxin-portal") String clientId,
      @DefaultValue("http://127.0.0.1:8080/portal/callback") List<String> redirectUris,
      List<String> postLogoutRedirectUris) {

    public Portal {
      postLogoutRedirectUris = List.copyOf(Objects.requireNonNullElse(postLogoutRedirectUris, List.of()));
    }
  }

  /**
   * The signing key (RS256).
   *
   * @param bundle the name of a Spring Boot SSL bundle holding the RSA key and its certificate
   *     ({@code spring.ssl.bundle.pem.<name>.keystore.private-key / certificate}, or
   *     {@code spring.ssl.bundle.jks.<name>.keystore.location / password / type}); none: a key generated at
   *     start (development only: tokens do not outlive a restart)
   * @param keyId the key id ({@code kid}) published in the JWK set
   */
  public record SigningKey(String bundle, @DefaultValue("lianxin-identity") String keyId) {}
}
