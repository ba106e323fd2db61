package io.lianxin.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.lianxin.identity.application.Accounts;
import io.lianxin.identity.domain.Account;
import io.lianxin.identity.domain.ServiceClient;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Spring Authorization Server as Lianxin's OpenID Connect issuer: password sign-in for the configured
 * accounts, the portal's authorization code + PKCE, the services' client credentials, RS256 tokens with the
 * claims the services read.
 */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

  private static final Logger log = LoggerFactory.getLogger(IdentityConfiguration.class);

  /** The development token endpoint and user list: no session, no CSRF (a form post from curl). */
  @Bean
  @Order(0)
  SecurityFilterChain developmentTokenSecurityFilterChain(HttpSecurity http) throws Exception {
    http.securityMatcher("/token", "/users")
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  /** The OAuth2 and OpenID Connect endpoints; a browser that is not signed in is sent to the login form. */
  @Bean
  @Order(1)
  SecurityFilterChain authorizationServerSecurityFilterChain(HttpSecurity http) throws Exception {
    http.oauth2AuthorizationServer(server -> {
      http.securityMatcher(server.getEndpointsMatcher());
      server.oidc(Customizer.withDefaults());
    });
    http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults()))
        .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
    return http.build();
  }

  /** The login form ({@code LoginPage}) and everything else; the probes are open. */
  @Bean
  @Order(2)
  SecurityFilterChain signInSecurityFilterChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(a -> a
            .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").permitAll());
    return http.build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  Accounts accounts(IdentityProperties properties, PasswordEncoder encoder) {
    List<Account> accounts = new ArrayList<>(properties.users());
    if (properties.demoUsers()) {
      List<Account> demo = DemoAccounts.all(encoder.encode(properties.demoPassword()));
      log.warn("Demo users on (lianxin.identity.demo-users): {} accounts with the development password — never in "
          + "production", demo.size());
      accounts.addAll(demo);
    }
    return new Accounts(accounts);
  }

  /** The accounts that sign in with a password; one without a password hash is disabled for it. */
  @Bean
  UserDetailsService userDetailsService(Accounts accounts) {
    List<UserDetails> users = accounts.all().stream()
        .map(account -> User.withUsername(account.username())
            .password(account.signsInWithPassword() ? account.passwordHash() : "")
            .disabled(!account.signsInWithPassword())
            .roles(account.roles().toArray(String[]::new))
            .build())
        .toList();
    return new InMemoryUserDetailsManager(users);
  }

  @Bean
  RegisteredClientRepository registeredClientRepository(IdentityProperties properties) {
    TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenLifetime()).build();
    List<RegisteredClient> clients = new ArrayList<>();
    IdentityProperties.Portal portal = properties.portal();
    clients.add(RegisteredClient.withId(portal.clientId())
        .clientId(portal.clientId())
        .clientName("Lianxin portal")
        .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUris(uris -> uris.addAll(portal.redirectUris()))
        .postLogoutRedirectUris(uris -> uris.addAll(portal.postLogoutRedirectUris()))
        .scope(OidcScopes.OPENID)
        .scope(OidcScopes.PROFILE)
        .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
        .tokenSettings(tokens)
        .build());
    for (ServiceClient service : properties.serviceClients()) {
      clients.add(RegisteredClient.withId(service.clientId())
          .clientId(service.clientId())
          .clientSecret(service.secretHash())
          .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
          .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
          .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
          .tokenSettings(tokens)
          .build());
    }
    return new InMemoryRegisteredClientRepository(clients);
  }

  @Bean
  RSAKey signingKey(IdentityProperties properties, SslBundles sslBundles) {
    return SigningKeys.load(properties.signingKey(), sslBundles);
  }

  @Bean
  JWKSource<SecurityContext> jwkSource(RSAKey signingKey) {
    return new ImmutableJWKSet<>(new JWKSet(signingKey));
  }

  /** The one encoder both the OAuth2 endpoints and the development token endpoint sign with. */
  @Bean
  JwtEncoder jwtEncoder(JWKSource<SecurityContext> jwkSource) {
    return new NimbusJwtEncoder(jwkSource);
  }

  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> lianxinTokenClaims(Accounts accounts, IdentityProperties properties) {
    return new LianxinTokenClaims(accounts, properties.serviceClients());
  }
}
