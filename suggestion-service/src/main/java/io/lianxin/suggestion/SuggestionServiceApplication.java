package io.lianxin.suggestion;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Deputies' suggestions and motions (代表建议、议案办理). */
@SpringBootApplication
public class SuggestionServiceApplication {

  /** Its settings live in suggestion-service.yml, so that several services can share one class path. */
  public static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(SuggestionServiceApplication.class)
        .properties("spring.config.name=suggestion-service");
  }

  public static void main(String[] args) {
    builder().run(args);
  }
}
