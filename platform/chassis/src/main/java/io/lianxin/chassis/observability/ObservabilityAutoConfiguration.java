package io.lianxin.chassis.observability;

import io.lianxin.chassis.ChassisAutoConfiguration;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.stream.binding.BindingService;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Health for the probes (MongoDB by {@code ping}, the broker as DEGRADED when away, the consumers)
 * and tracing: spans come from Micrometer Tracing over OpenTelemetry (HTTP server and client,
 * scheduled jobs: Boot's instrumentation; the outbox and the consumers: {@link EventTracing}), and
 * go out over OTLP only when an endpoint is configured
 * ({@code management.opentelemetry.tracing.export.otlp.endpoint}).
 */
@AutoConfiguration(after = {ChassisAutoConfiguration.class, DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class},
    beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
public class ObservabilityAutoConfiguration {

  @Bean
  EventTracing eventTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
    Tracer t = tracer.getIfAvailable();
    Propagator p = propagator.getIfAvailable();
    return t == null || p == null ? EventTracing.none() : new EventTracing(t, p);
  }

  /** The response names its trace, so that a user reporting a problem can quote it. */
  @Bean
  FilterRegistrationBean<TraceResponseHeaderFilter> traceResponseHeaderFilter(EventTracing tracing) {
    FilterRegistrationBean<TraceResponseHeaderFilter> registration =
        new FilterRegistrationBean<>(new TraceResponseHeaderFilter(tracing));
    // after Boot's ServerHttpObservationFilter (HIGHEST_PRECEDENCE + 1), which opens the span
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  @Bean(name = "kafkaHealthIndicator")
  KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin, ObjectProvider<BindingService> bindings) {
    return new KafkaHealthIndicator(admin, bindings);
  }

  /** Named like Boot's, which then backs off; readiness includes it as "mongo". */
  @Bean(name = "mongoHealthIndicator")
  MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
    return new MongoPingHealthIndicator(mongo);
  }
}
