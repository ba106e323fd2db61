package io.lianxin.notification;

import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.ApiSurfaceChecks;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every operation of the notification API: bad input and who may call it (see {@link ApiSurfaceChecks}). */
@SpringBootTest(classes = NotificationServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=notification-service"})
class ApiSurfaceIT extends ApiSurfaceChecks {

  static final String DATABASE = "notification-api-surface-it";

  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties(DATABASE).forEach((k, v) -> registry.add(k, () -> v));
  }

  @Override
  protected Surface surface() {
    new ApiClient("http://127.0.0.1:" + port).put("/api/v1/directory/people/deputy1@qingshan", token("admin@qingshan"),
        Map.of("name", "代表一", "roles", List.of("DEPUTY"), "deputyId", "D-qingshan-001", "email", "deputy1.qingshan@example.cn"));
    return new Surface("http://127.0.0.1:" + port, DATABASE,
        Map.of("personId", "deputy1@qingshan", "congressId", DemoUsers.COUNTY),
        tokens("admin@qingshan", "deputy1@qingshan", null), List.of());
  }
}
