package io.lianxin.notification;

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
@SpringBootTest(classes = NotificationServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=notification-service"})
class AuthorizationMatrixIT {

  static final String DATABASE = "notification-authorization-it";

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
    String admin = infra.issuer().tokenFor(DemoUsers.get("admin@qingshan"));
    api.put("/api/v1/directory/people/deputy1@qingshan", admin, Map.of("name", "代表一", "roles", List.of("DEPUTY"),
        "email", "deputy1.qingshan@example.cn"));
    OpenApiDocument doc = new OpenApiDocument(api.get("/v3/api-docs", null).json(),
          Map.of("personId", "deputy1@qingshan", "congressId", DemoUsers.COUNTY));
    String table = new String(getClass().getResourceAsStream("/authorization-matrix.txt").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    List<String> violations = AuthorizationMatrix.violations(api, doc, infra.issuer(), table);
    assertThat(violations).isEmpty();
  }
}
