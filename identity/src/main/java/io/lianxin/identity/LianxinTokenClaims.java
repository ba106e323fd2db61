package io.lianxin.identity;

import io.lianxin.identity.application.Accounts;
import io.lianxin.identity.domain.ClaimNames;
import io.lianxin.identity.domain.ServiceClient;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts the claims the services read into the tokens Spring Authorization Server issues: for a person,
 * {@code name}, {@code roles}, {@code congress_id}, {@code deputy_id}, {@code unit_id} in the access token and
 * the ID token; for a service (client credentials), its {@code roles} and no congress.
 */
final class LianxinTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

  private final Accounts accounts;
  private final Map<String, ServiceClient> serviceClients;

  LianxinTokenClaims(Accounts accounts, List<ServiceClient> serviceClients) {
    this.accounts = accounts;
    this.serviceClients = serviceClients.stream().collect(Collectors.toMap(ServiceClient::clientId, Function.identity()));
  }

  @Override
  public void customize(JwtEncodingContext context) {
    boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
    boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
    if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
      ServiceClient client = serviceClients.get(context.getRegisteredClient().getClientId());
      if (accessToken && client != null) {
        context.getClaims().claim(ClaimNames.ROLES, client.roles());
      }
      return;
    }
    if (accessToken || idToken) {
      accounts.find(context.getPrincipal().getName())
          .ifPresent(account -> account.claims().forEach((name, value) -> context.getClaims().claim(name, value)));
    }
  }
}
