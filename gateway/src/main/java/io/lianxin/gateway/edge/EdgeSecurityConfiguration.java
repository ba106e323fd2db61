package io.lianxin.gateway.edge;

import io.lianxin.gateway.GatewayProperties;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Tokens checked at the edge (ADR 0021): every {@code /api/**} path but the public ones needs a valid
 * bearer JWT of the congress's issuer (signature, issuer, expiry) before any service is called; which
 * role may do what stays with each service's endpoint table. A token sent to an open path is checked
 * too: a forged or expired one is 401 everywhere. The Authorization header goes on to the service
 * unchanged.
 */
@Configuration(proxyBeanMethods = false)
public class EdgeSecurityConfiguration {

  /** Paths open without a token: the public API, the documents, Swagger UI, health, the gateway's own answers. */
  static final String[] OPEN_PATHS = {
      "/api/v1/public/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
      "/actuator/health", "/actuator/health/**", "/actuator/info", "/error"};

  @Bean
  SecurityFilterChain edge(HttpSecurity http, GatewayProperties properties) throws Exception {
    AuthenticationEntryPoint unauthenticated = new ProblemEntryPoint();
    AccessDeniedHandler forbidden = (request, response, denied) -> {
      new BearerTokenAccessDeniedHandler().handle(request, response, denied);
      GatewayProblem.FORBIDDEN.write(request, response, "this token may not call " + request.getRequestURI());
    };
    http.csrf(AbstractHttpConfigurer::disable)
        .cors(AbstractHttpConfigurer::disable)
        .addFilter(corsFilter(properties.cors()))
        .formLogin(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(a -> a
            .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
            .requestMatchers(OPEN_PATHS).permitAll()
            // metrics and the other actuator endpoints: operators only (ADMIN), as on the services
            .requestMatchers("/actuator/**").access((authentication, context) ->
                new org.springframework.security.authorization.AuthorizationDecision(isAdmin(authentication.get())))
            .requestMatchers("/api/**").authenticated()
            // anything else is routed nowhere: 404 problem
            .anyRequest().permitAll())
        .oauth2ResourceServer(o -> o.jwt(Customizer.withDefaults())
            .authenticationEntryPoint(unauthenticated)
            .accessDeniedHandler(forbidden))
        .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden));
    return http.build();
  }

  private static boolean isAdmin(org.springframework.security.core.Authentication authentication) {
    return authentication != null && authentication.getPrincipal() instanceof org.springframework.security.oauth2.jwt.Jwt jwt
        && jwt.getClaimAsStringList("roles") != null && jwt.getClaimAsStringList("roles").contains("ADMIN");
  }

  private static CorsFilter corsFilter(GatewayProperties.Cors cors) {
    CorsConfiguration portal = new CorsConfiguration();
    portal.setAllowedOrigins(cors.allowedOrigins());
    portal.addAllowedMethod("*");
    portal.addAllowedHeader("*");
    portal.addExposedHeader("Location");
    portal.addExposedHeader("Retry-After");
    portal.addExposedHeader("ETag");
    portal.addExposedHeader("traceparent");
    portal.setMaxAge(cors.maxAge());
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration("/**", portal);
    CorsFilter filter = new CorsFilter(source);
    filter.setCorsProcessor(new ProblemCorsProcessor());
    return filter;
  }

  /** 401 with the bearer challenge header and a problem body saying why. */
  private static final class ProblemEntryPoint implements AuthenticationEntryPoint {
    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void commence(jakarta.servlet.http.HttpServletRequest request,
        jakarta.servlet.http.HttpServletResponse response, AuthenticationException e) throws IOException {
      challenge.commence(request, response, e);
      String detail = e instanceof OAuth2AuthenticationException
          ? "the bearer token was refused: " + e.getMessage()
          : "this path needs a bearer token (Authorization: Bearer …) from the congress's identity provider";
      GatewayProblem.UNAUTHENTICATED.write(request, response, detail);
    }
  }
}
