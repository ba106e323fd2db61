package io.lianxin.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.AuthorizationMatrix;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.OpenApiDocument;
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
@SpringBootTest(classes = SuggestionServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=suggestion-service"})
class AuthorizationMatrixIT {

  static final String DATABASE = "suggestion-authorization-it";

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
    String deputy = infra.issuer().tokenFor(DemoUsers.get("deputy1@qingshan"));
    String staff = infra.issuer().tokenFor(DemoUsers.get("staff@qingshan"));
    String handler = infra.issuer().tokenFor(DemoUsers.get("handler@qingshan"));
    String id = api.post("/api/v1/suggestions", deputy, Map.of("title", "语料测试", "body", "内容", "category", "OTHER"))
        .json().get("id").asString();
    OpenApiDocument doc = new OpenApiDocument(api.get("/v3/api-docs", null).json(),
          Map.of("id", id, "worklist", "to-register", "congressId", DemoUsers.COUNTY));
    String table = new String(getClass().getResourceAsStream("/authorization-matrix.txt").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    List<String> violations = AuthorizationMatrix.violations(api, doc, infra.issuer(), table);
    assertThat(violations).isEmpty();
  }
}
