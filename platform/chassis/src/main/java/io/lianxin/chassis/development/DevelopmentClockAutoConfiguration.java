package io.lianxin.chassis.development;

import io.lianxin.chassis.ChassisAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * {@code lianxin.development.clock-control=true} (the devstack): the service's clock is a
 * {@link DevelopmentClock} and {@code /api/v1/development/clock} moves it. Off by default; nothing
 * of it exists in a deployment.
 */
@AutoConfiguration(before = ChassisAutoConfiguration.class)
@ConditionalOnProperty(name = "lianxin.development.clock-control", havingValue = "true")
@Import(DevelopmentClockController.class)
public class DevelopmentClockAutoConfiguration {

  @Bean
  DevelopmentClock developmentClock() {
    return new DevelopmentClock();
  }
}
