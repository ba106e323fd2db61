package io.lianxin.deputy;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The register of deputies and handling units (代表与承办单位名册), which every other service checks ids
 * against through the copies it builds from this service's events; later deputy work (代表之家/站, 年述职, 履职档案).
 */
@SpringBootApplication
public class DeputyServiceApplication {

  public static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(DeputyServiceApplication.class)
        .properties("spring.config.name=deputy-service");
  }

  public static void main(String[] args) {
    builder().run(args);
  }
}
