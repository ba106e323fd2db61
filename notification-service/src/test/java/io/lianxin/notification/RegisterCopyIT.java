package io.lianxin.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.events.EventCatalog;
import io.lianxin.events.EventSchemaValidator;
import io.lianxin.events.Topics;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.TopicWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The copy of deputy-service's register, fed through the real embedded broker: the directory takes
 * the register's names (never its channels), an older or redelivered event changes nothing, and
 * texts show units and deputies by name, by id when the copy does not know them.
 */
@SpringBootTest(classes = NotificationServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=notification-service",
        // a group of its own: the other test contexts in this JVM consume the register topic as notification-service
        "spring.cloud.stream.bindings.events-in-0.group=notification-register-it"})
class RegisterCopyIT {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties("notification-register-it").forEach((k, v) -> registry.add(k, () -> v));
  }

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;

  ApiClient api;
  TopicWriter topic;
  final String run = UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void setUp() {
    api = new ApiClient("http://127.0.0.1:" + port);
    topic = new TopicWriter(EmbeddedInfra.shared().kafkaBootstrapServers());
  }

  @AfterEach
  void tearDown() {
    topic.close();
  }

  String token(String user) {
    return EmbeddedInfra.shared().issuer().tokenFor(DemoUsers.get(user));
  }

  /** A register event from the contract's example, for {@code id}, at {@code version}. */
  static String registerEvent(String slug, String id, long version, String name) {
    ObjectNode event = (ObjectNode) JSON.readTree(
        EventSchemaValidator.example(EventCatalog.find("lianxin.deputy." + slug + ".v1").orElseThrow()));
    event.put("id", UUID.randomUUID().toString()).put("subject", DemoUsers.COUNTY + "/" + id)
        .put("sequence", String.format("%016d.0000", version));
    ((ObjectNode) event.get("data")).put(slug.startsWith("unit") ? "unitId" : "deputyId", id).put("name", name);
    new EventSchemaValidator().assertValid(event.toString());
    return event.toString();
  }

  /** A suggestion event from the contract's example, about a fresh item of the demo deputy. */
  static String suggestionEvent(String slug, String suggestionId, Map<String, String> facts) {
    ObjectNode event = (ObjectNode) JSON.readTree(
        EventSchemaValidator.example(EventCatalog.find("lianxin.suggestion." + slug + ".v1").orElseThrow()));
    event.put("id", UUID.randomUUID().toString()).put("subject", suggestionId);
    ObjectNode data = (ObjectNode) event.get("data");
    data.put("suggestionId", suggestionId).put("proposerDeputyId", "D-qingshan-001").putArray("coSignerDeputyIds");
    facts.forEach(data::put);
    new EventSchemaValidator().assertValid(event.toString());
    return event.toString();
  }

  boolean copyKnows(String kind, String id) {
    return mongo.exists(Query.query(Criteria.where("_id").is(DemoUsers.COUNTY + "|" + kind + ":" + id)), "register_names");
  }

  JsonNode person(String personId) {
    return api.get("/api/v1/directory/people/" + personId, token("admin@qingshan")).json();
  }

  String bodyZhAbout(String suggestionId) {
    ApiClient.Response response = api.get("/api/v1/inbox?size=100", token("deputy1@qingshan"));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    for (JsonNode item : response.json().get("items")) {
      if (suggestionId.equals(item.get("subjectId").asString())) {
        return item.get("message").get("bodyZh").asString();
      }
    }
    return null;
  }

  @Test
  void theRegisterNamesADeputyOfTheDirectoryAndNeverTouchesTheirChannels() {
    String deputyId = "D-reg-" + run;
    String personId = "p-reg-" + run;
    assertThat(api.put("/api/v1/directory/people/" + personId, token("admin@qingshan"), Map.of("name", "手填的名字",
        "roles", List.of("DEPUTY"), "deputyId", deputyId, "email", personId + "@example.cn", "language", "en"))
        .status()).isEqualTo(200);

    topic.send(Topics.DEPUTY, deputyId, registerEvent("deputy-registered", deputyId, 1, "青山县代表 甲"));
    await().atMost(Duration.ofSeconds(30)).until(() -> "青山县代表 甲".equals(person(personId).get("name").asString()));
    JsonNode named = person(personId);
    assertThat(named.get("email").asString()).isEqualTo(personId + "@example.cn");
    assertThat(named.get("language").asString()).isEqualTo("en");
    assertThat(named.get("active").asBoolean()).isTrue();

    topic.send(Topics.DEPUTY, deputyId, registerEvent("deputy-updated", deputyId, 3, "青山县代表 甲乙"));
    await().atMost(Duration.ofSeconds(30)).until(() -> "青山县代表 甲乙".equals(person(personId).get("name").asString()));

    // an older event, then the last one again: both behind a marker on the same partition
    topic.send(Topics.DEPUTY, deputyId, registerEvent("deputy-updated", deputyId, 2, "过时的名字"));
    topic.send(Topics.DEPUTY, deputyId, registerEvent("deputy-updated", deputyId, 3, "重复投递的名字"));
    String marker = "U-marker-" + run;
    topic.send(Topics.DEPUTY, deputyId, registerEvent("unit-registered", marker, 1, "标记单位"));
    await().atMost(Duration.ofSeconds(30)).until(() -> copyKnows("UNIT", marker));
    assertThat(person(personId).get("name").asString()).as("older and redelivered: nothing changed")
        .isEqualTo("青山县代表 甲乙");

    topic.send(Topics.DEPUTY, deputyId, registerEvent("deputy-left", deputyId, 4, "青山县代表 甲乙"));
    await().atMost(Duration.ofSeconds(30)).until(() -> !person(personId).get("active").asBoolean());
    Document entry = mongo.findById(DemoUsers.COUNTY + "|DEPUTY:" + deputyId, Document.class, "register_names");
    assertThat(entry.getString("status")).isEqualTo("LEFT");
    assertThat(person(personId).get("email").asString()).isEqualTo(personId + "@example.cn");

    // an old item's text still names the deputy who left
    String suggestionId = UUID.randomUUID().toString();
    topic.send(Topics.SUGGESTION, suggestionId, suggestionEvent("co-signature-confirmed", suggestionId,
        Map.of("deputyId", deputyId)));
    await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> bodyZhAbout(suggestionId) != null);
    assertThat(bodyZhAbout(suggestionId)).startsWith("代表 青山县代表 甲乙 已确认联名");
  }

  @Test
  void aDeputyTheDirectoryDoesNotKnowIsAddedUnderTheirDeputyId() {
    String deputyId = "D-new-" + run;
    topic.send(Topics.DEPUTY, deputyId, registerEvent("deputy-registered", deputyId, 1, "青山县代表 丙"));
    await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/directory/people/" + deputyId,
        token("admin@qingshan")).status() == 200);
    JsonNode added = person(deputyId);
    assertThat(added.get("name").asString()).isEqualTo("青山县代表 丙");
    assertThat(added.get("deputyId").asString()).isEqualTo(deputyId);
    assertThat(added.hasNonNull("email")).as("no channels from the register").isFalse();
  }

  @Test
  void textsNameTheUnitTheCopyKnowsAndShowTheIdOfOneItDoesNot() {
    String unitId = "U-transport-" + run;
    topic.send(Topics.DEPUTY, unitId, registerEvent("unit-registered", unitId, 1, "青山县交通运输局"));
    await().atMost(Duration.ofSeconds(30)).until(() -> copyKnows("UNIT", unitId));

    String known = UUID.randomUUID().toString();
    String unknown = UUID.randomUUID().toString();
    topic.send(Topics.SUGGESTION, known, suggestionEvent("handling-started", known, Map.of("leadUnitId", unitId)));
    topic.send(Topics.SUGGESTION, unknown, suggestionEvent("handling-started", unknown,
        Map.of("leadUnitId", "U-unheard-of-" + run)));
    await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> bodyZhAbout(known) != null && bodyZhAbout(unknown) != null);
    assertThat(bodyZhAbout(known)).startsWith("青山县交通运输局 已开始办理《");
    assertThat(bodyZhAbout(unknown)).startsWith("U-unheard-of-" + run + " 已开始办理《");
  }
}
