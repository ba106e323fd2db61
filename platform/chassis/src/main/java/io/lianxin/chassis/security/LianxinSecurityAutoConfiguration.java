package io.lianxin.chassis.security;

import io.lianxin.chassis.ChassisAutoConfiguration;
import io.lianxin.chassis.LianxinProperties;
import io.lianxin.chassis.domain.CurrentUser;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * JWT resource server for every service: the caller as {@link CurrentUser}, read from the token
 * once ({@link CurrentUserAuthentication}); the service's role table ({@link EndpointRoles})
 * enforced before a body is read; public paths that ignore tokens; the actuator closed except the
 * probes (ADMIN, or the scrape credential for Prometheus); every refusal as problem+json.
 */
@AutoConfiguration(after = ChassisAutoConfiguration.class, beforeName = {
    "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
    "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
public class LianxinSecurityAutoConfiguration {

  static {
    // The caller comes from the bearer token, never from the request: not an API parameter.
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
  }

  /** Paths anyone may read: API docs and the public API. Of the actuator, only the probes. */
  public static final String[] PUBLIC_PATHS = {
      "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/api/v1/public/**", "/error"};

  /** The Kubernetes probes: open, and without details unless the caller is ADMIN. */
  public static final String[] PROBE_PATHS = {"/actuator/health/liveness", "/actuator/health/readiness"};

  /** The role a metrics scraper signed in with the scrape credential has (HTTP Basic). */
  public static final String SCRAPER_ROLE = "METRICS_SCRAPER";

  @Bean
  ClaimsValidator lianxinClaimsValidator() {
    return new ClaimsValidator();
  }

  /**
   * The actuator: probes open; Prometheus for ADMIN or the scrape credential (HTTP Basic, when
   * {@code lianxin.management.scrape-password} is set); everything else for ADMIN only.
   */
  @Bean
  @Order(1)
  SecurityFilterChain lianxinActuatorSecurityFilterChain(HttpSecurity http, LianxinProperties properties)
      throws Exception {
    http.securityMatcher("/actuator", "/actuator/**")
        .authorizeHttpRequests(a -> a.requestMatchers(PROBE_PATHS).permitAll()
            .requestMatchers("/actuator/prometheus").hasAnyRole("ADMIN", SCRAPER_ROLE)
            .anyRequest().hasRole("ADMIN"));
    bearerTokens(http);
    LianxinProperties.Management scrape = properties.management();
    if (scrape.scrapePassword() != null && !scrape.scrapePassword().isBlank()) {
      PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
      http.userDetailsService(new InMemoryUserDetailsManager(User.withUsername(scrape.scrapeUsername())
              .password(encoder.encode(scrape.scrapePassword())).passwordEncoder(p -> p)
              .roles(SCRAPER_ROLE).build()))
          .httpBasic(b -> b.authenticationEntryPoint(ProblemSecurityHandlers.entryPoint()));
    } else {
      http.httpBasic(b -> b.disable());
    }
    return http.build();
  }

  /**
   * The public API and its documents need no login, and a stale or foreign token sent along (a
   * browser that still has one) must not turn a public page into a 401: there, the header is not read.
   */
  @Bean
  BearerTokenResolver lianxinBearerTokenResolver() {
    DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    List<RequestMatcher> open = Arrays.stream(PUBLIC_PATHS).map(p -> (RequestMatcher) paths.matcher(p)).toList();
    return request -> open.stream().anyMatch(m -> m.matches(request)) ? null : standard.resolve(request);
  }

  @Bean
  @ConditionalOnMissingBean
  EndpointRoles endpointRoles() {
    return EndpointRoles.none();
  }

  @Bean
  @Order(2)
  SecurityFilterChain lianxinSecurityFilterChain(HttpSecurity http, EndpointRoles roles) throws Exception {
    http.authorizeHttpRequests(a -> {
      a.requestMatchers(PUBLIC_PATHS).permitAll();
      for (EndpointRoles.Rule rule : roles.rules()) {
        var matched = a.requestMatchers(rule.method(), rule.pattern());
        if (rule.roles().isEmpty()) {
          matched.authenticated();
        } else {
          matched.hasAnyRole(rule.roles().stream().map(Enum::name).toArray(String[]::new));
        }
      }
      a.anyRequest().authenticated();
    }).httpBasic(b -> b.disable());
    bearerTokens(http);
    return http.build();
  }

  /** Stateless bearer-token authentication with problem+json refusals, for both chains. */
  private static void bearerTokens(HttpSecurity http) throws Exception {
    http.csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .oauth2ResourceServer(o -> o
            .jwt(jwt -> jwt.jwtAuthenticationConverter(CurrentUserAuthentication::of))
            .authenticationEntryPoint(ProblemSecurityHandlers.entryPoint())
            .accessDeniedHandler(ProblemSecurityHandlers.accessDenied()))
        .exceptionHandling(e -> e
            .authenticationEntryPoint(ProblemSecurityHandlers.entryPoint())
            .accessDeniedHandler(ProblemSecurityHandlers.accessDenied()));
  }

  @Configuration(proxyBeanMethods = false)
  static class CurrentUserParameters implements WebMvcConfigurer {
    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
      resolvers.add(new CurrentUserArgumentResolver());
    }
  }
}
