package io.lianxin.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.OperabilityProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The devstack as a new user runs it: the forked Kafka broker from Kafka's jars, the Mongo-wire
 * server on its H2 file, GreenMail, the token issuer and all four services; then a restart on the
 * same data keeps what was written. Ports are shifted so that a devstack already running on this
 * machine is not disturbed.
 */
class DevStackIT {

  static final int OFFSET = PortOffsets.DEV_STACK;

  @Test
  void startsEverythingServesTheWalkThroughAndKeepsDataAcrossRestarts(@TempDir Path data) {
    String id;
    try (DevStack stack = new DevStack(new DevStack.Options(data, false, true, OFFSET))) {
      assertThat(stack.services()).hasSize(5);
      for (DevStack.RunningService service : stack.services()) {
        assertThat(OperabilityProbe.problems(service.url(), service.name(), stack.issuer())).as(service.name()).isEmpty();
      }
      assertThat(stack.banner()).contains("deputy1@qingshan", "curl -s -X POST", "notification-service");
      DemoData.register(stack); // what --demo does first
      long countyDeputies = DemoUsers.all().stream()
          .filter(u -> u.deputyId() != null && u.congressId().equals(DemoUsers.COUNTY)).map(u -> u.deputyId())
          .distinct().count(); // the leader's sign-in is deputy 4's
      ApiClient.Response register = new ApiClient(stack.url("deputy-service"))
          .get("/api/v1/deputies", stack.issuer().tokenFor(DemoUsers.get("staff@qingshan")));
      assertThat(register.json().get("total").asLong()).as("the demo register has every demo deputy: " + register.body())
          .isEqualTo(countyDeputies);
      RegisterCopies.awaitCaughtUp(stack.kafkaBootstrapServers(), Duration.ofSeconds(90));
      // the README's register walk: a motion with 10 co-signers from the register, one the register does not know
      String deputy1 = stack.issuer().tokenFor(DemoUsers.get("deputy1@qingshan"));
      ApiClient suggestions = new ApiClient(stack.url("suggestion-service"));
      List<String> tenCoSigners = java.util.stream.IntStream.rangeClosed(2, 11)
          .mapToObj(n -> String.format("D-qingshan-%03d", n)).toList();
      ApiClient.Response motion = suggestions.post("/api/v1/suggestions", deputy1, Map.of("kind", "MOTION",
          "session", "SESSION", "title", "关于制定养老服务条例的议案", "body", "内容", "category", "ELDERLY_CARE",
          "coSignerDeputyIds", tenCoSigners));
      assertThat(motion.status()).as(motion.body()).isEqualTo(201);
      ApiClient.Response unknown = suggestions.post("/api/v1/suggestions", deputy1, Map.of("title", "关于名册的建议",
          "body", "内容", "category", "OTHER", "coSignerDeputyIds", List.of("D-qingshan-002", "D-qingshan-099")));
      assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
      assertThat(unknown.json().get("detail").asString()).contains("D-qingshan-099").doesNotContain("D-qingshan-002");
      // a roll of all deputies, from voting-service's copy
      ApiClient.Response poll = new ApiClient(stack.url("voting-service")).post("/api/v1/polls",
          stack.issuer().tokenFor(DemoUsers.get("staff@qingshan")), Map.of("kind", "MOTION", "title", "全体代表表决",
              "method", "YES_NO_ABSTAIN", "items", List.of("议程"), "rollOf", Map.of("kind", "ALL_DEPUTIES"),
              "secret", false));
      assertThat(poll.status()).as(poll.body()).isEqualTo(201);
      assertThat(poll.json().get("rollSize").asLong()).isEqualTo(countyDeputies);

      String token = tokenFromIssuerEndpoint(stack);
      ApiClient.Response created = new ApiClient(stack.url("suggestion-service"))
          .post("/api/v1/suggestions", token, Map.of("title", "重启后仍在", "body", "内容", "category", "OTHER"));
      assertThat(created.status()).isEqualTo(201);
      id = created.json().get("id").asString();
      ApiClient inbox = new ApiClient(stack.url("notification-service"));
      await().atMost(Duration.ofSeconds(30)).until(() -> inbox.get("/api/v1/inbox", token).body().contains(id));
    }
    assertThat(Files.exists(data.resolve("kafka").resolve("logs").resolve("meta.properties"))).isTrue();

    try (DevStack again = new DevStack(new DevStack.Options(data, false, false, OFFSET))) {
      String token = again.issuer().tokenFor(DemoUsers.get("deputy1@qingshan"));
      assertThat(new ApiClient(again.url("suggestion-service")).get("/api/v1/suggestions/" + id, token).status())
          .isEqualTo(200);
      assertThat(new ApiClient(again.url("notification-service")).get("/api/v1/inbox", token).body()).contains(id);
    }
  }

  /** As the README does it: POST /token with a demo user name. */
  private static String tokenFromIssuerEndpoint(DevStack stack) {
    try {
      var http = java.net.http.HttpClient.newHttpClient();
      var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(stack.issuer().issuer() + "/token"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=deputy1@qingshan")).build();
      String body = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
      return tools.jackson.databind.json.JsonMapper.builder().build().readTree(body).get("access_token").asString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
