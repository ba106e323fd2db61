package io.lianxin.deputy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.events.EventCodec;
import io.lianxin.events.EventSchemaValidator;
import io.lianxin.events.Topics;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.TopicReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The register through its API and on Kafka: each change is one event that the contract accepts,
 * an entry written again unchanged is no event, and another congress neither sees nor changes it.
 */
@SpringBootTest(classes = DeputyServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=deputy-service"})
class RegisterEventsIT {

  @LocalServerPort
  int port;

  ApiClient api;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties("deputy-register-it").forEach((k, v) -> registry.add(k, () -> v));
  }

  @BeforeEach
  void client() {
    api = new ApiClient("http://127.0.0.1:" + port);
  }

  static String token(String user) {
    return EmbeddedInfra.shared().issuer().tokenFor(DemoUsers.get(user));
  }

  static List<ConsumerRecord<String, String>> eventsOf(String subject) {
    return TopicReader.read(EmbeddedInfra.shared().kafkaBootstrapServers(), Topics.DEPUTY,
        v -> v.contains("\"subject\":\"" + DemoUsers.COUNTY + "/" + subject + "\""), Duration.ofMillis(500));
  }

  @Test
  void eachChangeOfADeputyIsOneValidEventAndAnUnchangedEntryNone() {
    String id = "D-it-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> entry = Map.of("name", "测试代表", "delegation", "城关镇代表团", "termStart", "2026-01-10");
    String staff = token("staff@qingshan");
    assertThat(api.put("/api/v1/deputies/" + id, staff, entry).status()).isEqualTo(200);
    assertThat(api.put("/api/v1/deputies/" + id, staff, entry).status()).as("the same entry again").isEqualTo(200);
    ApiClient.Response changed = api.put("/api/v1/deputies/" + id, staff,
        Map.of("name", "测试代表", "delegation", "河东镇代表团", "termStart", "2026-01-10"));
    assertThat(changed.json().get("delegation").asString()).isEqualTo("河东镇代表团");
    ApiClient.Response left = api.post("/api/v1/deputies/" + id + "/departure", staff,
        Map.of("reason", "RECALLED", "leftOn", "2027-03-01"));
    assertThat(left.status()).as(left.body()).isEqualTo(200);
    assertThat(left.json().get("status").asString()).isEqualTo("REMOVED");
    assertThat(api.put("/api/v1/deputies/" + id, staff, entry).status()).as("a removed deputy's entry is closed")
        .isEqualTo(409);

    await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(id).size() >= 3);
    List<ConsumerRecord<String, String>> events = eventsOf(id);
    EventSchemaValidator contract = new EventSchemaValidator();
    events.forEach(r -> contract.assertValid(r.value()));
    EventCodec codec = new EventCodec();
    assertThat(events).extracting(r -> codec.decode(r.value()).type()).containsExactly(
        "lianxin.deputy.deputy-registered.v1", "lianxin.deputy.deputy-updated.v1", "lianxin.deputy.deputy-left.v1");
    assertThat(codec.decode(events.get(1).value()).data().get("changed").toString()).isEqualTo("[\"delegation\"]");
    assertThat(codec.decode(events.get(2).value()).data().get("reason").asString()).isEqualTo("RECALLED");
  }

  @Test
  void anotherCongressNeitherSeesNorChangesAnEntryAndAnUnknownSuperiorIsRefused() {
    String id = "U-it-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(api.put("/api/v1/units/" + id, token("staff@qingshan"),
        Map.of("name", "测试局", "kind", "GOVERNMENT_DEPARTMENT")).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/units/" + id, token("staff@hexi")).status()).isEqualTo(404);
    assertThat(api.post("/api/v1/units/" + id + "/dissolution", token("staff@hexi"), Map.of("leftOn", "2027-01-01")).status())
        .isEqualTo(404);
    ApiClient.Response unknownSuperior = api.put("/api/v1/units/" + id, token("staff@qingshan"),
        Map.of("name", "测试局", "kind", "GOVERNMENT_DEPARTMENT", "superiorUnitId", "U-does-not-exist"));
    assertThat(unknownSuperior.status()).isEqualTo(422);
    assertThat(unknownSuperior.body()).contains("superiorUnitId");
    assertThat(api.get("/api/v1/units/" + id, token("handler@qingshan")).json().get("superiorUnitId")).isNull();
  }
}
