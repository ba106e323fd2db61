package io.lianxin.voting;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Polls and ballots of every kind and the livelihood-project programme (票决、测评). */
@SpringBootApplication
public class VotingServiceApplication {

  public static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(VotingServiceApplication.class).properties("spring.config.name=voting-service");
  }

  public static void main(String[] args) {
    builder().run(args);
  }
}
