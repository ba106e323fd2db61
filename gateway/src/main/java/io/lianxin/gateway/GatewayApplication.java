package io.lianxin.gateway;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The single entry point of Lianxin (网关): every service's paths behind one origin (ADR 0021). */
@SpringBootApplication
@EnableConfigurationProperties(GatewayProperties.class)
public class GatewayApplication {

  /** Its settings live in gateway.yml, so that it can share a class path with the services. */
  public static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(GatewayApplication.class).properties("spring.config.name=gateway");
  }

  public static void main(String[] args) {
    builder().run(args);
  }
}
