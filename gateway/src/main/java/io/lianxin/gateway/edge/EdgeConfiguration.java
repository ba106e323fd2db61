package io.lianxin.gateway.edge;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.lianxin.gateway.GatewayProperties;
import java.time.Duration;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The servlet filters of the edge: the access log (inside the server span) and the rate limits (after the token check). */
@Configuration(proxyBeanMethods = false)
public class EdgeConfiguration {

  /** Tomcat's own refusals (before any filter) as problem+json instead of its HTML page. */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatErrorsAsProblems() {
    return factory -> factory.addContextCustomizers(context -> {
      if (context.getParent() instanceof StandardHost host) {
        host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
      }
    });
  }

  /** A URL the security firewall refuses (encoded "..", "//", a NUL) is a 400 problem too. */
  @Bean
  RequestRejectedHandler requestRejectedAsProblem() {
    return (request, response, rejected) -> GatewayProblem.BAD_REQUEST.write(request, response,
        "the URL is not accepted: " + rejected.getMessage());
  }

  /** After Boot's observation filter (HIGHEST_PRECEDENCE + 1), so the line has the trace id; before security. */
  @Bean
  FilterRegistrationBean<AccessLogFilter> accessLog() {
    FilterRegistrationBean<AccessLogFilter> registration = new FilterRegistrationBean<>(new AccessLogFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  @Bean
  ProxyManager<String> rateLimitBuckets(GatewayProperties properties) {
    GatewayProperties.RateLimit limits = properties.rateLimit();
    Duration longest = limits.perClient().period().compareTo(limits.perIp().period()) > 0
        ? limits.perClient().period() : limits.perIp().period();
    return Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(limits.maxKeys()))
        // a bucket left alone until full again is dropped: it would start full anyway
        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(longest))
        .build();
  }

  /** After the security chain (order -100), so a checked token decides the caller's bucket. */
  @Bean
  FilterRegistrationBean<RateLimitFilter> rateLimits(ProxyManager<String> buckets, GatewayProperties properties) {
    FilterRegistrationBean<RateLimitFilter> registration =
        new FilterRegistrationBean<>(new RateLimitFilter(buckets, properties.rateLimit()));
    registration.setOrder(0);
    return registration;
  }
}
