package io.lianxin.deputy;

import io.lianxin.deputy.domain.ContactTally;
import io.lianxin.deputy.domain.PointsPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** deputy-service's settings as the domain takes them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DeputyPointsProperties.class, DeputyContactsProperties.class})
class DeputyConfiguration {

  @Bean
  PointsPolicy pointsPolicy(DeputyPointsProperties properties) {
    return properties.toPolicy();
  }

  @Bean
  ContactTally contactTally(DeputyContactsProperties properties) {
    return properties.toTally();
  }
}
