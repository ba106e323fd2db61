package io.lianxin.supervision;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Oversight: plans, reviews, inspections, inquiries, and the two lists tracked to closure (人大监督). */
@SpringBootApplication
public class SupervisionServiceApplication {

  public static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(SupervisionServiceApplication.class)
        .properties("spring.config.name=supervision-service");
  }

  public static void main(String[] args) {
    builder().run(args);
  }
}
