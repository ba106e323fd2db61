package io.lianxin.chassis;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.messaging.EventConsumerConfiguration;
import org.springdoc.core.utils.SpringDocUtils;
import io.lianxin.chassis.messaging.EventHandling;
import io.lianxin.chassis.messaging.IdempotentWrites;
import io.lianxin.chassis.observability.KafkaHealthIndicator;
import io.lianxin.chassis.observability.MongoPingHealthIndicator;
import io.lianxin.chassis.observability.TraceContextFilter;
import io.lianxin.chassis.outbox.AggregateStore;
import io.lianxin.chassis.outbox.OutboxCollections;
import io.lianxin.chassis.outbox.OutboxProperties;
import io.lianxin.chassis.outbox.OutboxRelay;
import io.lianxin.chassis.outbox.OutboxSweeper;
import io.lianxin.chassis.security.ClaimsValidator;
import io.lianxin.chassis.security.EndpointRoles;
import io.lianxin.chassis.security.CurrentUserArgumentResolver;
import io.lianxin.chassis.security.ProblemSecurityHandlers;
import io.lianxin.chassis.web.ApiExceptionHandler;
import io.lianxin.chassis.web.IdempotencyKeyFilter;
import io.lianxin.chassis.web.ProblemErrorController;
import io.lianxin.chassis.web.ProblemErrorReportValve;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import io.lianxin.chassis.web.Problems;
import io.lianxin.chassis.web.RequestSizeLimitFilter;
import io.lianxin.chassis.web.RequestTextFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import io.lianxin.chassis.web.StrictJson;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import io.lianxin.events.EventCodec;
import io.lianxin.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every Lianxin service gets by depending on the chassis: the outbox (store, relay,
 * sweeper), consumer error handling with dead-letter topics, problem+json, Idempotency-Key,
 * request size limit, JWT security with the caller as {@code CurrentUser}, trace context, Kafka
 * health. Each service adds its own {@link OutboxCollections}.
 */
@AutoConfiguration(
    after = {DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class},
    beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration"})
@EnableConfigurationProperties({LianxinProperties.class, OutboxProperties.class})
@EnableScheduling
@Import({ApiExceptionHandler.class, ProblemErrorController.class, ChassisAutoConfiguration.Web.class})
public class ChassisAutoConfiguration {

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

  /** The congress's time zone ({@code lianxin.zone}), for everything that means a day. */
  @Bean
  @ConditionalOnMissingBean
  ZoneId congressZone(LianxinProperties properties) {
    return properties.zone();
  }

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** Request bodies read strictly: no coercion, exact enum names and dates, no control characters. */
  @Bean
  JsonMapperBuilderCustomizer lianxinStrictJson() {
    return StrictJson.customizer();
  }

  @Bean
  @ConditionalOnMissingBean
  EventCodec eventCodec() {
    return new EventCodec();
  }

  @Bean
  @ConditionalOnMissingBean
  OutboxCollections outboxCollections() {
    return OutboxCollections.of();
  }

  @Bean
  OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
      OutboxCollections collections, Clock clock, MeterRegistry meters) {
    return new OutboxRelay(mongo, kafka, properties, collections, clock, meters);
  }

  @Bean
  @ConditionalOnBooleanProperty(name = "lianxin.outbox.sweep-enabled", matchIfMissing = true)
  OutboxSweeper outboxSweeper(OutboxRelay relay) {
    return new OutboxSweeper(relay);
  }

  @Bean
  AggregateStore aggregateStore(MongoTemplate mongo, OutboxRelay relay, EventCodec codec, Clock clock,
      @Value("${spring.application.name}") String serviceName) {
    return new AggregateStore(mongo, relay, codec, serviceName, clock);
  }

  @Bean
  IdempotentWrites idempotentWrites(MongoTemplate mongo) {
    return new IdempotentWrites(mongo);
  }

  @Bean
  EventHandling eventHandling(EventCodec codec, @Value("${spring.application.name}") String service) {
    return new EventHandling(codec, service);
  }

  /** Picked up by Boot's listener container factory: retries, then the dead-letter topic. */
  @Bean
  DefaultErrorHandler eventConsumerErrorHandler(KafkaTemplate<String, String> kafka, LianxinProperties properties,
      @Value("${spring.kafka.consumer.group-id:${spring.application.name}}") String group) {
    return EventConsumerConfiguration.errorHandler(
        kafka, group, properties.consumerRetries(), properties.consumerBackoff().toMillis());
  }

  @Bean
  KafkaAdmin.NewTopics lianxinTopics(LianxinProperties properties,
      @Value("${spring.kafka.consumer.group-id:${spring.application.name}}") String group) {
    List<NewTopic> topics = new ArrayList<>();
    if (properties.publishes() != null) {
      topics.add(new NewTopic(properties.publishes(), properties.partitions(), properties.replicationFactor()));
    }
    for (String consumed : properties.consumes()) {
      topics.add(new NewTopic(consumed, properties.partitions(), properties.replicationFactor()));
      topics.add(new NewTopic(Topics.deadLetter(consumed, group), 1, properties.replicationFactor()));
    }
    return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
  }

  @Bean(name = "kafkaHealthIndicator")
  KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
    return new KafkaHealthIndicator(admin);
  }

  /** Named like Boot's, which then backs off; readiness includes it as "mongo". */
  @Bean(name = "mongoHealthIndicator")
  MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
    return new MongoPingHealthIndicator(mongo);
  }

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
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(a -> a.requestMatchers(PROBE_PATHS).permitAll()
            .requestMatchers("/actuator/prometheus").hasAnyRole("ADMIN", SCRAPER_ROLE)
            .anyRequest().hasRole("ADMIN"))
        .oauth2ResourceServer(o -> o
            .jwt(jwt -> jwt.jwtAuthenticationConverter(ChassisAutoConfiguration::authentication))
            .authenticationEntryPoint(ProblemSecurityHandlers.entryPoint())
            .accessDeniedHandler(ProblemSecurityHandlers.accessDenied()))
        .exceptionHandling(e -> e
            .authenticationEntryPoint(ProblemSecurityHandlers.entryPoint())
            .accessDeniedHandler(ProblemSecurityHandlers.accessDenied()));
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
    List<RequestMatcher> open = java.util.Arrays.stream(PUBLIC_PATHS).map(p -> (RequestMatcher) paths.matcher(p)).toList();
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
    http.csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(a -> {
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
        })
        .oauth2ResourceServer(o -> o
            .jwt(jwt -> jwt.jwtAuthenticationConverter(ChassisAutoConfiguration::authentication))
            .authenticationEntryPoint(ProblemSecurityHandlers.entryPoint())
            .accessDeniedHandler(ProblemSecurityHandlers.accessDenied()))
        .exceptionHandling(e -> e
            .authenticationEntryPoint(ProblemSecurityHandlers.entryPoint())
            .accessDeniedHandler(ProblemSecurityHandlers.accessDenied()))
        .httpBasic(b -> b.disable());
    return http.build();
  }

  private static JwtAuthenticationToken authentication(Jwt jwt) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    Object roles = jwt.getClaims().get("roles");
    if (roles instanceof java.util.Collection<?> values) {
      values.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
    }
    return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
  }

  @Bean
  FilterRegistrationBean<TraceContextFilter> traceContextFilter(@Value("${spring.application.name}") String service) {
    FilterRegistrationBean<TraceContextFilter> registration = new FilterRegistrationBean<>(new TraceContextFilter(service));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Query parameters and the path: decodable, no control characters, bounded (before security). */
  @Bean
  FilterRegistrationBean<RequestTextFilter> requestTextFilter() {
    FilterRegistrationBean<RequestTextFilter> registration = new FilterRegistrationBean<>(new RequestTextFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  /** Tomcat's own refusals (before any filter) as problem+json instead of its HTML page. */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> lianxinTomcatErrors() {
    return factory -> factory.addContextCustomizers(context -> {
      if (context.getParent() instanceof StandardHost host) {
        host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
      }
    });
  }

  /** A URL the security firewall refuses (encoded NUL, "..", "//") is a 400 problem too. */
  @Bean
  RequestRejectedHandler lianxinRequestRejectedHandler() {
    return (request, response, rejected) -> Problems.VALIDATION.write(request, response,
        "the URL is not accepted: " + rejected.getMessage(), java.util.Map.of());
  }

  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(LianxinProperties properties) {
    FilterRegistrationBean<RequestSizeLimitFilter> registration =
        new FilterRegistrationBean<>(new RequestSizeLimitFilter(properties.maxRequestBytes()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** After the security filters (order -100), so that the key is scoped to the caller. */
  @Bean
  FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(MongoTemplate mongo, Clock clock,
      LianxinProperties properties) {
    FilterRegistrationBean<IdempotencyKeyFilter> registration = new FilterRegistrationBean<>(
        new IdempotencyKeyFilter(mongo, clock, properties.idempotencyRetention(), properties.idempotencyLease(),
            properties.idempotencyExcludedPaths()));
    registration.setOrder(0);
    return registration;
  }

  @Configuration(proxyBeanMethods = false)
  static class Web implements WebMvcConfigurer {
    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
      resolvers.add(new CurrentUserArgumentResolver());
    }
  }
}
