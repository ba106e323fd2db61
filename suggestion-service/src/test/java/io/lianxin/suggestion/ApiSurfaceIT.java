package io.lianxin.suggestion;

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

/** Every operation of the suggestion API: bad input and who may call it (see {@link ApiSurfaceChecks}). */
@SpringBootTest(classes = SuggestionServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=suggestion-service"})
class ApiSurfaceIT extends ApiSurfaceChecks {

  static final String DATABASE = "suggestion-api-surface-it";

  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties(DATABASE).forEach((k, v) -> registry.add(k, () -> v));
  }

  @Override
  protected Surface surface() {
    ApiClient api = new ApiClient("http://127.0.0.1:" + port);
    String id = api.post("/api/v1/suggestions", token("deputy1@qingshan"),
        Map.of("title", "语料测试", "body", "内容", "category", "OTHER")).json().get("id").asString();
    return new Surface("http://127.0.0.1:" + port, DATABASE,
        Map.of("id", id, "worklist", "to-register", "congressId", DemoUsers.COUNTY),
        tokens("deputy1@qingshan", "staff@qingshan", "handler@qingshan", null), List.of());
  }
}
