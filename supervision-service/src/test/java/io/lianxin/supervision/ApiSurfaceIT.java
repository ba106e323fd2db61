package io.lianxin.supervision;

import io.lianxin.supervision.application.port.RegisterCopyStore;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.ApiSurfaceChecks;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every operation of the oversight API: bad input and who may call it (see {@link ApiSurfaceChecks}). */
@SpringBootTest(classes = SupervisionServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=supervision-service"})
class ApiSurfaceIT extends ApiSurfaceChecks {

  static final String DATABASE = "supervision-api-surface-it";
  /** A year no other test of this JVM plans (the topic is shared); each call of {@link #surface()} meets the plan made. */
  static final int PLAN_YEAR = 2031;

  @LocalServerPort
  int port;

  @Autowired
  RegisterCopyStore register;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties(DATABASE).forEach((k, v) -> registry.add(k, () -> v));
  }

  @Override
  protected String swaggerUiUser() {
    return "staff@qingshan";
  }

  @Override
  protected Surface surface() {
    RegisterTestData.enterDemoUsers(register);
    ApiClient api = new ApiClient("http://127.0.0.1:" + port);
    ApiClient.Response issued = api.post("/api/v1/opinions", token("staff@qingshan"), Map.of(
        "title", "关于老旧小区改造的审议意见", "text", "审议认为……", "bodyUnitId", "U-qingshan-housing",
        "problems", List.of("改造进度慢", "资金拨付不到位")));
    if (issued.status() != 201) {
      throw new IllegalStateException("seed opinion not issued: " + issued.body());
    }
    String opinionId = issued.json().get("opinionId").asString();
    api.post("/api/v1/opinions/" + opinionId + "/publication", token("staff@qingshan"), Map.of());
    LivelihoodProjects.send("prog-surface", LivelihoodProjects.selected("prog-surface", 2027, List.of("P-surface")), 1);
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
        .until(() -> api.get("/api/v1/trackings/P-surface", token("staff@qingshan")).status() == 200);
    ApiClient.Response topic = api.post("/api/v1/topics", token("citizen1@qingshan"),
        Map.of("title", "五里河流域水污染治理", "description", "沿河养殖场污水直排"));
    ApiClient.Response plan = api.post("/api/v1/plans", token("staff@qingshan"), Map.of("year", PLAN_YEAR, "items",
        List.of(Map.of("source", "PARTY_COMMITTEE", "activityType", "LAW_INSPECTION", "title", "水污染防治法执法检查",
            "quarter", 2))));
    ApiClient.Response adopted = api.post("/api/v1/plans/" + PLAN_YEAR + "/adoption", token("leader@qingshan"), Map.of());
    if (topic.status() != 201 || plan.status() != 201 && plan.status() != 409 || adopted.status() != 200) {
      throw new IllegalStateException("seed topic or plan not made: " + topic.body() + plan.body() + adopted.body());
    }
    ApiClient.Response review = api.post("/api/v1/performance-reviews", token("staff@qingshan"), Map.of("year", 2027,
        "title", "述职评议", "partyCommitteeUnitId", "U-qingshan-housing", "subjects", List.of(Map.of("name", "县住建局局长",
            "kind", "DEPARTMENT_HEAD", "unitId", "U-qingshan-housing", "superiorUnitId", "U-qingshan-housing"))));
    if (review.status() != 201) {
      throw new IllegalStateException("seed review not started: " + review.body());
    }
    Map<String, String> pathValues = new java.util.HashMap<>(Map.of("opinionId", opinionId, "measureId", "M1",
        "congressId", DemoUsers.COUNTY, "trackingId", "P-surface", "milestone", "1",
        "topicId", topic.json().get("topicId").asString(), "year", String.valueOf(PLAN_YEAR),
        "activityId", PLAN_YEAR + "-1", "questionNumber", "1", "reviewId", review.json().get("reviewId").asString()));
    pathValues.put("subjectId", "S1");
    return new Surface("http://127.0.0.1:" + port, DATABASE, pathValues,
        tokens("staff@qingshan", "handler@qingshan", null), List.of());
  }
}
