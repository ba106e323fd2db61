package io.lianxin.deputy;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.lianxin.events.EventCodec;
import io.lianxin.events.Topics;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.TopicReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service running on the embedded Kafka and Mongo-wire server, as the HTTP tests of the register
 * use it (one application context for all of them): a client, demo users' tokens, the events of an
 * entry on the topic and the documents of a collection.
 */
@SpringBootTest(classes = DeputyServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=deputy-service",
        // a group of its own: other test contexts in this JVM (ApiSurfaceIT) consume the same topic as deputy-service
        "spring.cloud.stream.bindings.events-in-0.group=deputy-running-it"})
abstract class RunningServiceIT {

  static final String DATABASE = "deputy-register-it";
  static final EventCodec CODEC = new EventCodec();

  @LocalServerPort
  int port;

  ApiClient api;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties(DATABASE).forEach((k, v) -> registry.add(k, () -> v));
  }

  @BeforeEach
  void client() {
    api = new ApiClient("http://127.0.0.1:" + port);
  }

  static String token(String user) {
    return EmbeddedInfra.shared().issuer().tokenFor(DemoUsers.get(user));
  }

  /** An id no other test uses. */
  static String fresh(String prefix) {
    return prefix + "-it-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The events on the topic whose subject is {@code <county>/<subject>}, in order. */
  static List<ConsumerRecord<String, String>> eventsOf(String subject) {
    return TopicReader.read(EmbeddedInfra.shared().kafkaBootstrapServers(), Topics.DEPUTY,
        v -> v.contains("\"subject\":\"" + DemoUsers.COUNTY + "/" + subject + "\""), Duration.ofMillis(500));
  }

  static String typeOf(ConsumerRecord<String, String> event) {
    return CODEC.decode(event.value()).type();
  }

  /** A deputy's record of a year as the caller reads it. */
  JsonNode record(String deputyId, int year, String token) {
    ApiClient.Response r = api.get("/api/v1/deputies/" + deputyId + "/record?year=" + year, token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  /**
   * How much of one kind of work a deputy's record of 2026 counts, checking that it earns the points the
   * configured policy gives each piece.
   */
  long countedInRecord(String deputyId, String kind, int pointsEach, String staff) {
    for (JsonNode w : api.get("/api/v1/deputies/" + deputyId + "/record?year=2026", staff).json()
        .get("work")) {
      if (w.get("kind").asString().equals(kind)) {
        assertThat(w.get("points").asLong()).isEqualTo(pointsEach * w.get("count").asLong());
        return w.get("count").asLong();
      }
    }
    throw new AssertionError("no " + kind + " in the record");
  }

  /**
   * Waits until a deputy's record of 2026 counts {@code expected} pieces of one kind of work: the entries come
   * from the events the aggregate's write staged, through the broker, so they arrive after the answer.
   */
  void awaitCounted(String deputyId, String kind, int pointsEach, String staff, long expected) {
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(countedInRecord(deputyId, kind, pointsEach, staff)).isEqualTo(expected));
  }

  /** Every document of a collection, as stored. */
  static List<Document> documentsOf(String collection) {
    try (MongoClient client = MongoClients.create(EmbeddedInfra.shared().mongo().uri(DATABASE))) {
      return client.getDatabase(DATABASE).getCollection(collection).find().into(new ArrayList<>());
    }
  }
}
