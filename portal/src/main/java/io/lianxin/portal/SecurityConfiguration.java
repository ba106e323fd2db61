package io.lianxin.portal;

import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Sign-in as a backend for frontend: OpenID Connect authorization code with PKCE (a public client: Spring Security
 * sends a S256 code challenge for a client without a secret), tokens in the server-side session (the browser holds a
 * session cookie only), sign-out at the issuer too, CSRF on every form (Spring Security's default).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  /** The one client registration: the issuer of the congress. */
  static final String REGISTRATION_ID = "lianxin";

  /** Where the issuer sends the code back, under the portal's context path ({@code /portal/callback}). */
  static final String CALLBACK = "/callback";

  /** How long before its expiry an access token is no longer sent, but a new code fetched. */
  private static final Duration TOKEN_EXPIRY_MARGIN = Duration.ofSeconds(30);

  @Bean
  SecurityFilterChain portalSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
      PortalProperties properties) throws Exception {
    OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
    signedOut.setPostLogoutRedirectUri(properties.ownBase() + "/");
    http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/", "/suggestions", "/suggestions/*", "/deputies/*", "/opinions", "/polls", "/polls/*",
                "/polls/*/verification", "/polls/*/receipt", "/livelihood", "/livelihood/*", "/review-opinions",
                "/review-opinions/*", "/feed.atom", "/error",
                "/webjars/**", "/css/**", "/actuator/health/**").permitAll()
            .requestMatchers("/my/items/**", "/my/work/**").hasRole("DEPUTY")
            // voting-service takes ballots from the deputies and leaders on a poll's roll
            .requestMatchers("/my/polls/**").hasAnyRole("DEPUTY", "LEADER")
            .requestMatchers("/unit/**").hasAnyRole("UNIT_HANDLER", "UNIT_HEAD")
            // residents (PUBLIC) and deputies propose and support livelihood projects
            .requestMatchers("/livelihood/*/proposals/**").hasAnyRole("PUBLIC", "DEPUTY")
            // the handling report is the office's and the leaders'; the commitments ledger theirs and each unit's own
            .requestMatchers("/reports/handling/**").hasAnyRole("COMMITTEE_STAFF", "LEADER")
            .requestMatchers("/reports/commitments").hasAnyRole("COMMITTEE_STAFF", "LEADER", "UNIT_HANDLER", "UNIT_HEAD")
            .requestMatchers("/office/**").hasRole("COMMITTEE_STAFF")
            .requestMatchers("/leader/**").hasRole("LEADER")
            .anyRequest().authenticated())
        .oauth2Login(login -> login
            .redirectionEndpoint(callback -> callback.baseUri(CALLBACK))
            .successHandler(backToTheSavedPage())
            .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(rolesFromClaims())))
        .oauth2Client(Customizer.withDefaults())
        .logout(logout -> logout.logoutSuccessHandler(signedOut));
    return http.build();
  }

  /**
   * After sign-in, back to the page that asked for it — as a path on the origin the browser came through (the
   * gateway), never as an absolute URL the portal builds from its own view of its address.
   */
  static AuthenticationSuccessHandler backToTheSavedPage() {
    RequestCache cache = new HttpSessionRequestCache();
    return (request, response, authentication) -> {
      SavedRequest saved = cache.getRequest(request, response);
      String target = request.getContextPath() + "/";
      if (saved != null) {
        try {
          URI page = URI.create(saved.getRedirectUrl());
          String path = page.getRawPath();
          // a path of this portal only; never "//host", which a browser reads as another origin
          if (path != null && path.startsWith(request.getContextPath() + "/") && !path.startsWith("//")) {
            target = path + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery());
          }
        } catch (IllegalArgumentException unreadable) {
          // the portal's start page
        }
        cache.removeRequest(request, response);
      }
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
      }
      response.sendRedirect(target);
    };
  }

  /**
   * The issuer's endpoints, written out (Spring Authorization Server's paths) so that the portal starts without the
   * issuer up; the discovery document's {@code end_session_endpoint} is given as metadata for sign-out.
   */
  @Bean
  ClientRegistrationRepository clientRegistrations(PortalProperties properties) {
    String issuer = properties.issuer();
    ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
        .clientId(properties.clientId())
        .clientName("连心 Lianxin")
        .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri(properties.ownBase() + CALLBACK)
        .scope("openid", "profile")
        .issuerUri(issuer)
        .authorizationUri(issuer + "/oauth2/authorize")
        .tokenUri(issuer + "/oauth2/token")
        .jwkSetUri(issuer + "/oauth2/jwks")
        .userNameAttributeName("sub")
        .providerConfigurationMetadata(Map.of("end_session_endpoint", issuer + "/connect/logout"))
        .build();
    return new InMemoryClientRegistrationRepository(registration);
  }

  /**
   * The signed-in user's token for the calls to the gateway. A public client gets no refresh token: an access
   * token about to expire is not sent, the browser is sent for a new code instead (silent while the sign-in at
   * the issuer lasts).
   */
  @Bean
  OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
      OAuth2AuthorizedClientRepository authorizedClients) {
    DefaultOAuth2AuthorizedClientManager manager =
        new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
    OAuth2AuthorizedClientProvider freshOnly = context -> {
      OAuth2AuthorizedClient client = context.getAuthorizedClient();
      if (client != null && expiresSoon(client, Clock.systemUTC())) {
        throw new ClientAuthorizationRequiredException(client.getClientRegistration().getRegistrationId());
      }
      return null;
    };
    manager.setAuthorizedClientProvider(
        OAuth2AuthorizedClientProviderBuilder.builder().provider(freshOnly).authorizationCode().build());
    return manager;
  }

  static boolean expiresSoon(OAuth2AuthorizedClient client, Clock clock) {
    var expiresAt = client.getAccessToken().getExpiresAt();
    return expiresAt != null && !clock.instant().plus(TOKEN_EXPIRY_MARGIN).isBefore(expiresAt);
  }

  /** The issuer's {@code roles} claim (ID token) as Spring roles, so that pages can be kept to a role. */
  private static GrantedAuthoritiesMapper rolesFromClaims() {
    return authorities -> {
      Collection<GrantedAuthority> mapped = new ArrayList<>(authorities);
      for (GrantedAuthority authority : authorities) {
        if (authority instanceof OidcUserAuthority) {
          Object roles = ((OidcUserAuthority) authority).getIdToken().getClaim("roles");
          if (roles instanceof List) {
            for (Object role : (List<?>) roles) {
              mapped.add(new SimpleGrantedAuthority("ROLE_" + role));
            }
          }
        }
      }
      return mapped;
    };
  }
}
