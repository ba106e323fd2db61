package io.lianxin.notification;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Tells deputies, units, leaders and the public what happened (通报、反馈、公开). */
@SpringBootApplication
public class NotificationServiceApplication {

  public static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(NotificationServiceApplication.class)
        .properties("spring.config.name=notification-service");
  }

  public static void main(String[] args) {
    builder().run(args);
  }
}
