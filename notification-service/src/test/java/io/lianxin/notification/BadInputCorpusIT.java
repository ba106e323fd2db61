package io.lianxin.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.BadInputCorpus;
import io.lianxin.testkit.DatabaseSnapshot;
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
 * Every operation of the notification API with one thing wrong at a time, generated from the served
 * OpenAPI document (see {@link BadInputCorpus}): no 5xx, problem+json for every 4xx, nothing
 * written by a refusal, nothing never-valid accepted.
 */
@SpringBootTest(classes = NotificationServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=notification-service"})
class BadInputCorpusIT {

  static final String DATABASE = "notification-corpus-it";

  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties(DATABASE).forEach((k, v) -> registry.add(k, () -> v));
  }

  @Test
  void everyOperationRefusesBadInputCleanly() {
    ApiClient api = new ApiClient("http://127.0.0.1:" + port);
    EmbeddedInfra infra = EmbeddedInfra.shared();
    String deputy = infra.issuer().tokenFor(DemoUsers.get("deputy1@qingshan"));
    String admin = infra.issuer().tokenFor(DemoUsers.get("admin@qingshan"));
    api.put("/api/v1/directory/people/deputy1@qingshan", admin, Map.of("name", "代表一", "roles", List.of("DEPUTY"),
        "email", "deputy1.qingshan@example.cn"));
    try (MongoClient client = MongoClients.create(infra.mongo().uri(DATABASE))) {
      BadInputCorpus corpus = new BadInputCorpus(api, new OpenApiDocument(api.get("/v3/api-docs", null).json(),
          Map.of("personId", "deputy1@qingshan", "congressId", DemoUsers.COUNTY)),
          () -> DatabaseSnapshot.of(client, DATABASE));
      List<BadInputCorpus.Violation> violations = corpus.run(java.util.Arrays.asList(admin, deputy, null));
      System.out.printf("bad-input corpus: %d requests, %d violations, base requests accepted %s%n", corpus.sent(),
          violations.size(), corpus.baseRequestsAccepted());
      assertThat(violations).isEmpty();
      assertThat(corpus.document().unboundedRequestFields()).as("request fields without a documented bound").isEmpty();
    }
  }
}
