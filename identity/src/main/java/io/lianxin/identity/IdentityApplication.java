package io.lianxin.identity;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Sign-in (统一身份认证) for the devstack and small deployments: an OpenID Connect issuer (ADR 0022).
 *
 * <p>It is no Lianxin service: on a class path it shares with them (the devstack), none of the chassis'
 * auto-configurations (Mongo, Kafka, the services' security chains) applies to it.
 */
@SpringBootApplication(excludeName = {
    "io.lianxin.chassis.ChassisAutoConfiguration",
    "io.lianxin.chassis.observability.ObservabilityAutoConfiguration",
    "io.lianxin.chassis.outbox.OutboxAutoConfiguration",
    "io.lianxin.chassis.messaging.EventConsumersAutoConfiguration",
    "io.lianxin.chassis.security.LianxinSecurityAutoConfiguration",
    "io.lianxin.chassis.web.LianxinWebAutoConfiguration",
    "io.lianxin.chassis.web.LianxinOpenApiAutoConfiguration",
    "io.lianxin.chassis.development.DevelopmentClockAutoConfiguration"})
@ConfigurationPropertiesScan
public class IdentityApplication {

  /** Its settings live in identity.yml, so that it can share a class path with the services. */
  public static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(IdentityApplication.class).properties("spring.config.name=identity");
  }

  public static void main(String[] args) {
    builder().run(args);
  }
}
