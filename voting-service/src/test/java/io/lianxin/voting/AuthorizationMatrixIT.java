package io.lianxin.voting;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.AuthorizationMatrix;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.OpenApiDocument;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Who may call each operation, for every operation of the served OpenAPI document, against the
 * table in {@code authorization-matrix.txt} (see {@link AuthorizationMatrix}): every role of the
 * congress, another congress, no token, forged and expired tokens.
 */
@SpringBootTest(classes = VotingServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=voting-service"})
class AuthorizationMatrixIT {

  static final String DATABASE = "voting-authorization-it";

  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties(DATABASE).forEach((k, v) -> registry.add(k, () -> v));
  }

  @Test
  void everyOperationAnswersEachCallerAsTheTableSays() throws Exception {
    ApiClient api = new ApiClient("http://127.0.0.1:" + port);
    EmbeddedInfra infra = EmbeddedInfra.shared();
    String staff = infra.issuer().tokenFor(DemoUsers.get("staff@qingshan"));
    String deputy = infra.issuer().tokenFor(DemoUsers.get("deputy1@qingshan"));
    String citizen = infra.issuer().tokenFor(DemoUsers.get("citizen1@qingshan"));
    Map<String, Object> poll = new HashMap<>(Map.of("kind", "APPOINTMENT", "title", "语料测试表决",
        "method", "YES_NO_ABSTAIN", "items", List.of("任命甲"), "roll", List.of(DemoUsers.get("deputy1@qingshan").deputyId())));
    String pollId = api.post("/api/v1/polls", staff, poll).json().get("id").asString();
    String programme = api.post("/api/v1/programmes", staff, Map.of("year", 2031, "title", "语料测试民生实事",
        "seats", 2, "collectingUntil", Instant.now().plusSeconds(3600).toString())).json().get("id").asString();
    String proposal = api.post("/api/v1/programmes/" + programme + "/proposals", citizen,
        Map.of("title", "语料测试项目", "description", "说明", "place", "城关镇")).json().get("id").asString();
    OpenApiDocument doc = new OpenApiDocument(api.get("/v3/api-docs", null).json(),
          Map.of("/api/v1/polls|id", pollId, "/api/v1/public/polls|id", pollId, "/api/v1/programmes|id", programme,
              "/api/v1/public/programmes|id", programme, "/api/v1/proposals|id", proposal));
    String table = new String(getClass().getResourceAsStream("/authorization-matrix.txt").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    List<String> violations = AuthorizationMatrix.violations(api, doc, infra.issuer(), table);
    assertThat(violations).isEmpty();
  }
}
