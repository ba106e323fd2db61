package io.lianxin.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.events.EventCatalog;
import io.lianxin.events.EventSchemaValidator;
import io.lianxin.events.Topics;
import io.lianxin.notification.persistence.MongoNotificationStore;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.DevTokenIssuer;
import io.lianxin.testkit.TestInfrastructure;
import io.lianxin.testkit.SseClient;
import io.lianxin.testkit.TopicReader;
import io.lianxin.testkit.TopicWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The notification service fed real records on a real broker, read back through its HTTP API. */
abstract class InboxFromEventsContract {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort
  int port;

  @Autowired
  MongoTemplate mongo;

  ApiClient api;
  TopicWriter topic;

  /** Where this run's broker, database server and token issuer are. */
  abstract TestInfrastructure infra();

  DevTokenIssuer issuer() {
    return infra().issuer();
  }

  String kafkaBootstrap() {
    return infra().kafkaBootstrapServers();
  }

  @BeforeEach
  void setUp() {
    api = new ApiClient("http://127.0.0.1:" + port);
    topic = new TopicWriter(kafkaBootstrap());
  }

  @AfterEach
  void tearDown() {
    topic.close();
  }

  /** The contract's example event, with fresh ids and the demo deputy as proposer. */
  static String submittedEvent(String eventId, String suggestionId, String title) {
    ObjectNode event = (ObjectNode) JSON.readTree(EventSchemaValidator.example(EventCatalog.SUGGESTION_SUBMITTED));
    event.put("id", eventId).put("subject", suggestionId);
    ((ObjectNode) event.get("data")).put("suggestionId", suggestionId).put("title", title)
        .put("proposerDeputyId", "D-qingshan-001").putArray("coSignerDeputyIds");
    new EventSchemaValidator().assertValid(event.toString());
    return event.toString();
  }

  /** Notifications of the proposing deputy about one item (the committee office gets its own). */
  long notificationsFor(String suggestionId) {
    return mongo.count(Query.query(Criteria.where("subjectId").is(suggestionId)
        .and("recipientKey").is("deputy:D-qingshan-001")), MongoNotificationStore.COLLECTION);
  }

  JsonNode inbox(String username) {
    ApiClient.Response response = api.get("/api/v1/inbox?size=100", issuer().tokenFor(DemoUsers.get(username)));
    assertThat(response.status()).isEqualTo(200);
    return response.json();
  }

  static boolean mentions(JsonNode inbox, String suggestionId) {
    for (JsonNode item : inbox.get("items")) {
      if (suggestionId.equals(item.get("subjectId").asString())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aSubmittedEventReachesTheProposersInboxInBothLanguages() {
    String suggestionId = UUID.randomUUID().toString();
    topic.send(Topics.SUGGESTION, suggestionId, submittedEvent(UUID.randomUUID().toString(), suggestionId, "关于修缮村道的建议"));

    await().atMost(Duration.ofSeconds(30)).until(() -> mentions(inbox("deputy1@qingshan"), suggestionId));
    JsonNode item = null;
    for (JsonNode candidate : inbox("deputy1@qingshan").get("items")) {
      if (suggestionId.equals(candidate.get("subjectId").asString())) {
        item = candidate;
      }
    }
    assertThat(item.get("message").get("bodyZh").asString()).contains("关于修缮村道的建议");
    assertThat(item.get("message").get("titleEn").asString()).isEqualTo("Suggestion submitted");
    assertThat(item.get("priority").asString()).isEqualTo("NORMAL");
    assertThat(item.get("recipientKey").asString()).isEqualTo("deputy:D-qingshan-001");
    assertThat(inbox("deputy1@qingshan").get("unread").asLong()).isPositive();

    assertThat(mentions(inbox("deputy2@qingshan"), suggestionId)).as("another deputy").isFalse();
    assertThat(mentions(inbox("staff@qingshan"), suggestionId)).as("routed to the committee office by role").isTrue();
    assertThat(mentions(inbox("handler@qingshan"), suggestionId)).as("not routed to units before assignment").isFalse();
  }

  @Test
  void theSameEventDeliveredThreeTimesMakesOneNotification() {
    String suggestionId = UUID.randomUUID().toString();
    String event = submittedEvent(UUID.randomUUID().toString(), suggestionId, "重复投递");
    for (int i = 0; i < 3; i++) {
      topic.send(Topics.SUGGESTION, suggestionId, event);
    }
    String marker = UUID.randomUUID().toString();
    topic.send(Topics.SUGGESTION, marker, submittedEvent(UUID.randomUUID().toString(), marker, "marker"));
    // The marker is behind the three copies on its partition only if keys share it; wait for both.
    await().atMost(Duration.ofSeconds(30)).until(() -> notificationsFor(marker) == 1 && notificationsFor(suggestionId) >= 1);
    await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> notificationsFor(suggestionId) == 1);
  }

  @Test
  void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsStillConsumed() {
    String poisonKey = UUID.randomUUID().toString();
    String poison = "{\"this is\": \"not an event\", \"marker\": \"" + poisonKey + "\"}";
    topic.send(Topics.SUGGESTION, poisonKey, poison);
    String suggestionId = UUID.randomUUID().toString();
    topic.send(Topics.SUGGESTION, poisonKey, submittedEvent(UUID.randomUUID().toString(), suggestionId, "毒消息之后"));

    await().atMost(Duration.ofSeconds(30)).until(() -> notificationsFor(suggestionId) == 1);
    String dlt = Topics.deadLetter(Topics.SUGGESTION, "notification-service");
    await().atMost(Duration.ofSeconds(30)).until(() ->
        TopicReader.read(kafkaBootstrap(), dlt, v -> v.contains(poisonKey), Duration.ofMillis(200)).size() == 1);
  }

  @Test
  void readingMarksOneOrAllAndOnlyTheReadersOwn() {
    String first = UUID.randomUUID().toString();
    String second = UUID.randomUUID().toString();
    topic.send(Topics.SUGGESTION, first, submittedEvent(UUID.randomUUID().toString(), first, "已读一"));
    topic.send(Topics.SUGGESTION, second, submittedEvent(UUID.randomUUID().toString(), second, "已读二"));
    await().atMost(Duration.ofSeconds(30)).until(() -> notificationsFor(first) == 1 && notificationsFor(second) == 1);
    String token = issuer().tokenFor(DemoUsers.get("deputy1@qingshan"));
    String id = api.get("/api/v1/inbox?subjectId=" + first, token).json().get("items").get(0).get("id").asString();
    assertThat(api.post("/api/v1/inbox/" + id + "/read", issuer().tokenFor(DemoUsers.get("deputy2@qingshan")), Map.of())
        .status()).as("not theirs").isEqualTo(404);
    assertThat(api.post("/api/v1/inbox/" + id + "/read", token, Map.of()).status()).isEqualTo(204);
    assertThat(api.get("/api/v1/inbox?unreadOnly=true&subjectId=" + first, token).json().get("total").asLong()).isZero();
    assertThat(api.get("/api/v1/inbox?unreadOnly=true&subjectId=" + second, token).json().get("total").asLong()).isOne();
    assertThat(api.post("/api/v1/inbox/read-all", token, Map.of()).json().get("marked").asLong()).isPositive();
    assertThat(api.get("/api/v1/inbox/unread-count", token).json().get("unread").asLong()).isZero();
  }

  @Test
  void theLiveStreamDeliversNewNotificationsAndResumesFromLastEventId() throws Exception {
    String token = issuer().tokenFor(DemoUsers.get("deputy1@qingshan"));
    SseClient live = SseClient.open("http://127.0.0.1:" + port + "/api/v1/inbox/stream", token, null);
    String first = UUID.randomUUID().toString();
    topic.send(Topics.SUGGESTION, first, submittedEvent(UUID.randomUUID().toString(), first, "实时一"));
    SseClient.Event received = live.await(e -> e.data().contains(first), Duration.ofSeconds(30));
    assertThat(received.name()).isEqualTo("notification");
    live.close();

    String missed = UUID.randomUUID().toString();
    topic.send(Topics.SUGGESTION, missed, submittedEvent(UUID.randomUUID().toString(), missed, "断线期间"));
    await().atMost(Duration.ofSeconds(30)).until(() -> notificationsFor(missed) == 1);
    SseClient resumed = SseClient.open("http://127.0.0.1:" + port + "/api/v1/inbox/stream", token, received.id());
    SseClient.Event caughtUp = resumed.await(e -> e.data().contains(missed), Duration.ofSeconds(30));
    assertThat(caughtUp.id()).isNotEqualTo(received.id());
    assertThat(resumed.events()).noneMatch(e -> e.data().contains(first));
    resumed.close();
  }

  @Test
  void publishedItemsAppearInThePublicAtomFeedWithoutLogin() {
    ObjectNode event = (ObjectNode) JSON.readTree(EventSchemaValidator.example(
        EventCatalog.find("lianxin.suggestion.published.v1").orElseThrow()));
    String suggestionId = UUID.randomUUID().toString();
    event.put("id", UUID.randomUUID().toString()).put("subject", suggestionId);
    // A control character that came through an event must not make the feed ill-formed XML.
    // The feed shows the title as published: the item's own title (here with a phone number staff took out) never.
    ((ObjectNode) event.get("data")).put("suggestionId", suggestionId).put("title", "关于公开办理结果的建议 13812345678")
        .put("publicTitle", "关于公开<办理>结果 & 答复的建议\u0001").put("redacted", true);
    topic.send(Topics.SUGGESTION, suggestionId, event.toString());
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      ApiClient.Response feed = api.get("/api/v1/public/" + DemoUsers.COUNTY + "/feed.atom", null);
      assertThat(feed.status()).isEqualTo(200);
      assertThat(feed.header("Content-Type")).startsWith("application/atom+xml");
      assertThat(feed.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
          .as("absolute links from the configured public site")
          .contains("href=\"http://127.0.0.1:8081/api/v1/public/" + DemoUsers.COUNTY + "/suggestions/" + suggestionId + "\"")
          .contains("<link rel=\"self\" href=\"http://127.0.0.1:8084/api/v1/public/" + DemoUsers.COUNTY + "/feed.atom\"")
          .as("times in the congress's zone").containsPattern("<updated>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00</updated>")
          .contains("关于公开&lt;办理&gt;结果 &amp; 答复的建议\uFFFD")
          .as("never the item's own title").doesNotContain("13812345678");
      javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new java.io.ByteArrayInputStream(feed.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    });
    assertThat(api.get("/api/v1/public/" + DemoUsers.DISTRICT + "/feed.atom", null).body()).doesNotContain(suggestionId);
  }

  @Test
  void aVoidPollAndATieAtTheCutOffReadAsSuchInThePublicFeed() {
    // given two published results from voting: one without quorum, one with three tied for two seats
    String voidPoll = UUID.randomUUID().toString();
    String tiedPoll = UUID.randomUUID().toString();
    topic.send(Topics.VOTING, voidPoll, resultPublished(voidPoll, "关于任命的表决", "NO_QUORUM", List.of(), List.of(), null, null));
    topic.send(Topics.VOTING, tiedPoll, resultPublished(tiedPoll, "监察委员会委员选举", "TIED_AT_CUTOFF", List.of("甲", "乙", "丙"),
        List.of(), 2, 2));
    // when the feed is read / expect what each decided, never a pass list
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      String feed = api.get("/api/v1/public/" + DemoUsers.COUNTY + "/feed.atom", null).body();
      assertThat(feed).contains("《关于任命的表决》结果已公布。未达到法定人数，表决无效。")
          .contains("The result of \"关于任命的表决\" is published. Quorum not reached: the vote is void.")
          .contains("《监察委员会委员选举》结果已公布。最后 2 个名额因票数相同未定：甲、乙、丙。")
          .contains("A tie for the last 2 seat(s) remains between 甲, 乙, 丙.")
          .doesNotContain("通过：甲、乙、丙").doesNotContain("通过：—");
    });
  }

  /** The contract's example of a published result, as the given outcome. */
  static String resultPublished(String pollId, String title, String outcome, List<String> tied, List<String> selected,
      Integer seats, Integer seatsUnfilled) {
    ObjectNode event = (ObjectNode) JSON.readTree(EventSchemaValidator.example(
        EventCatalog.find("lianxin.voting.result-published.v1").orElseThrow()));
    event.put("id", UUID.randomUUID().toString()).put("subject", pollId);
    ObjectNode data = (ObjectNode) event.get("data");
    boolean valid = !"NO_QUORUM".equals(outcome);
    data.put("pollId", pollId).put("title", title).put("valid", valid).put("quorumMet", valid).put("outcome", outcome);
    data.put("seats", seats).put("seatsUnfilled", seatsUnfilled);
    data.set("tiedAtCutoff", JSON.valueToTree(tied));
    data.set("selected", JSON.valueToTree(selected));
    data.set("passed", JSON.valueToTree(valid ? tied : List.of()));
    new EventSchemaValidator().assertValid(event.toString());
    return event.toString();
  }

  @Test
  void theFeedOfACongressNobodyKnowsIsNotFound() {
    ApiClient.Response unknown = api.get("/api/v1/public/cn-nowhere/feed.atom", null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
    assertThat(unknown.json().get("type").asString()).isNotBlank();
  }

  @Test
  void theInboxIsPerTenantAndNeedsAToken() {
    String suggestionId = UUID.randomUUID().toString();
    topic.send(Topics.SUGGESTION, suggestionId, submittedEvent(UUID.randomUUID().toString(), suggestionId, "租户隔离"));
    await().atMost(Duration.ofSeconds(30)).until(() -> notificationsFor(suggestionId) == 1);
    assertThat(mentions(inbox("deputy1@hexi"), suggestionId)).isFalse();
    assertThat(api.get("/api/v1/inbox", null).status()).isEqualTo(401);
    ApiClient.Response tooBig = api.get("/api/v1/inbox?size=1000", issuer().tokenFor(DemoUsers.get("deputy1@qingshan")));
    assertThat(tooBig.status()).isEqualTo(400);
    assertThat(tooBig.json().get("errors").get(0).get("field").asString()).isEqualTo("size");
  }
}
