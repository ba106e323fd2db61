package io.lianxin.chassis.web;

import io.lianxin.chassis.ChassisAutoConfiguration;
import io.lianxin.chassis.LianxinProperties;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The HTTP edge of every service: request bodies read strictly, query and path text checked,
 * size limit, Idempotency-Key, and every error — Spring's, Tomcat's, the firewall's — as
 * problem+json (ADR 0005).
 */
@AutoConfiguration(after = ChassisAutoConfiguration.class)
@Import({ApiExceptionHandler.class, ProblemErrorController.class})
public class LianxinWebAutoConfiguration {

  /**
   * "Today" for {@code @PastOrPresent} and its kin is today in the congress's zone on the service's
   * clock: with the JVM's default zone (UTC in a container) a date entered just after midnight in
   * Beijing was "in the future" for eight hours.
   */
  @Bean
  ValidationConfigurationCustomizer congressDayForValidation(Clock clock, ZoneId zone) {
    return configuration -> configuration.clockProvider(() -> clock.withZone(zone));
  }

  /** Request bodies read strictly: no coercion, exact enum names and dates, no control characters. */
  @Bean
  JsonMapperBuilderCustomizer lianxinStrictJson() {
    return StrictJson.customizer();
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
        "the URL is not accepted: " + rejected.getMessage(), Map.of());
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
}
