package io.lianxin.voting;

import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.ApiSurfaceChecks;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every operation of the voting API: bad input and who may call it (see {@link ApiSurfaceChecks}). */
@SpringBootTest(classes = VotingServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=voting-service"})
class ApiSurfaceIT extends ApiSurfaceChecks {

  static final String DATABASE = "voting-api-surface-it";

  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties(DATABASE).forEach((k, v) -> registry.add(k, () -> v));
  }

  @Override
  protected Surface surface() {
    ApiClient api = new ApiClient("http://127.0.0.1:" + port);
    String staff = token("staff@qingshan");
    Map<String, Object> poll = new HashMap<>(Map.of("kind", "APPOINTMENT", "title", "语料测试表决",
        "method", "YES_NO_ABSTAIN", "items", List.of("任命甲"), "roll", List.of(DemoUsers.get("deputy1@qingshan").deputyId())));
    String pollId = api.post("/api/v1/polls", staff, poll).json().get("id").asString();
    // one programme per year: each test's surface finds the one the first opened (the same request and
    // Idempotency-Key)
    String programme = api.post("/api/v1/programmes", staff, Map.of("year", 2031, "title", "语料测试民生实事",
        "seats", 2, "collectingUntil", "2031-06-30T00:00:00Z"),
        Map.of("Idempotency-Key", "api-surface-programme")).json().get("id").asString();
    String proposal = api.post("/api/v1/programmes/" + programme + "/proposals", token("citizen1@qingshan"),
        Map.of("title", "语料测试项目", "description", "说明", "place", "城关镇")).json().get("id").asString();
    return new Surface("http://127.0.0.1:" + port, DATABASE,
        Map.of("/api/v1/polls|id", pollId, "/api/v1/public/polls|id", pollId, "/api/v1/programmes|id", programme,
            "/api/v1/public/programmes|id", programme, "/api/v1/proposals|id", proposal),
        tokens("staff@qingshan", "deputy1@qingshan", "citizen1@qingshan", null),
        // The verifier's input is the published result read back as the domain's records; its schema
        // is replaced with the encrypted ballot box (issue 9). Until then the request size limit bounds it.
        List.of("POST /api/v1/public/verifier"));
  }
}
