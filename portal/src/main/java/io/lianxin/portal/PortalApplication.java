package io.lianxin.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The portal (门户): server-rendered pages for deputies and the public, a backend for frontend that signs people in
 * through the OpenID Connect issuer, keeps their tokens in its session and calls the services through the gateway.
 *
 * <p>An edge like the gateway: no domain, no database, no chassis; its own JVM.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PortalApplication {

  public static void main(String[] args) {
    SpringApplication.run(PortalApplication.class, args);
  }
}
