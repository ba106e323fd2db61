package io.lianxin.supervision;

import io.lianxin.supervision.domain.ParticipationMinimums;
import io.lianxin.supervision.domain.PerformanceReviewPolicy;
import io.lianxin.supervision.domain.SupervisionPolicy;
import java.time.ZoneId;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** supervision-service's settings as the domain takes them; the zone is the shared {@code lianxin.zone}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SupervisionProperties.class)
class SupervisionConfiguration {

  @Bean
  SupervisionPolicy supervisionPolicy(SupervisionProperties properties, ZoneId zone) {
    return properties.toPolicy(zone);
  }

  @Bean
  PerformanceReviewPolicy performanceReviewPolicy(SupervisionProperties properties) {
    return properties.performanceReviewPolicy();
  }

  @Bean
  ParticipationMinimums participationMinimums(SupervisionProperties properties) {
    return properties.participationMinimums();
  }
}
