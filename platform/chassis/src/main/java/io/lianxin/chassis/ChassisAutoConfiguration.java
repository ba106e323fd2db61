package io.lianxin.chassis;

import io.lianxin.chassis.outbox.OutboxProperties;
import io.lianxin.events.EventCodec;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * What every part of the chassis shares: its settings ({@code lianxin.*}), the clock, the
 * congress's time zone and the event codec. The parts are their own auto-configurations, split by
 * concern the way Spring Boot splits its own: {@code OutboxAutoConfiguration},
 * {@code EventConsumersAutoConfiguration}, {@code LianxinSecurityAutoConfiguration},
 * {@code LianxinWebAutoConfiguration}, {@code ObservabilityAutoConfiguration}.
 */
@AutoConfiguration
@EnableConfigurationProperties({LianxinProperties.class, OutboxProperties.class})
@EnableScheduling
public class ChassisAutoConfiguration {

  /** The congress's time zone ({@code lianxin.zone}), for everything that means a day. */
  @Bean
  @ConditionalOnMissingBean
  ZoneId congressZone(LianxinProperties properties) {
    return properties.zone();
  }

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return millisecondClock();
  }

  /**
   * UTC in whole milliseconds: MongoDB keeps dates to the millisecond, so a time a command answers
   * with is the time a later read answers with (one precision in every response and event).
   */
  public static Clock millisecondClock() {
    return Clock.tick(Clock.systemUTC(), java.time.Duration.ofMillis(1));
  }

  @Bean
  @ConditionalOnMissingBean
  EventCodec eventCodec() {
    return new EventCodec();
  }
}
