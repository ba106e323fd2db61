package io.lianxin.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.events.EventCatalog;
import io.lianxin.events.EventEnvelope;
import io.lianxin.events.EventSchemaValidator;
import io.lianxin.events.Topics;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.TopicWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * voting-service's poll-cancelled on the real embedded Kafka, as voting sends it: the satisfaction vote an opinion
 * waits for ends cancelled with voting's reason ({@code satisfaction-vote-cancelled}), the report is before the
 * council again and staff ask anew; the same record delivered again, a cancel of a poll that is not ours and the
 * cancelled vote's late result change nothing.
 */
class PollCancelledIT extends RunningServiceIT {

  @Test
  void aCancelledPollEndsTheVoteOnceAndStaffAskAgain() throws Exception {
    // given: an opinion reported and its vote asked for
    String staff = token("staff@qingshan");
    String handler = token("handler@qingshan");
    ApiClient.Response issued = api.post("/api/v1/opinions", staff, Map.of("title", "关于农村饮水安全工作报告的审议意见",
        "text", "审议认为……", "bodyUnitId", "U-qingshan-housing", "problems", List.of("水质检测不到位")));
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    String id = issued.json().get("opinionId").asString();
    String at = "/api/v1/opinions/" + id;
    assertThat(api.post(at + "/rectification-list", handler, Map.of("measures", List.of(
        OpinionLoopIT.measure(List.of(1), "每月抽检", "2099-04-30")))).status()).isEqualTo(200);
    assertThat(api.post(at + "/report", handler, Map.of("report", "整改情况报告")).status()).isEqualTo(200);
    String first = askForTheVote(at, staff, 1);
    assertThat(first).endsWith(":round-1:1");

    // when: voting cancels a poll that is not ours, then ours, and ours again (the same record delivered twice)
    sendAsVoting(cancelled("opinion:" + UUID.randomUUID() + ":round-1:1", "另一项测评"));
    sendAsVoting(cancelled(null, "任命事项撤回"));
    String ours = cancelled(first, "会议议程调整，本次测评取消");
    sendAsVoting(ours);
    sendAsVoting(ours);

    // expect: the vote ended once, with voting's reason; the opinion is reported again
    await().atMost(Duration.ofSeconds(30)).until(() -> state(at, staff).equals("REPORTED"));
    await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> cancels(id).size() == 1);
    JsonNode cancel = CODEC.decode(cancels(id).get(0).value()).data();
    assertThat(cancel.get("requestId").asString()).isEqualTo(first);
    assertThat(cancel.get("reason").asString()).isEqualTo("会议议程调整，本次测评取消");
    assertThat(cancel.get("status").asString()).isEqualTo("REPORTED");
    assertThat(cancel.get("bodyUnitId").asString()).isEqualTo("U-qingshan-housing");
    eventsOf(id).forEach(r -> new EventSchemaValidator().assertValid(r.value()));

    // when: staff ask again; the cancelled vote's late result comes, then the new vote's
    String second = askForTheVote(at, staff, 2);
    assertThat(second).endsWith(":round-1:2");
    OpinionLoopIT.publishResult(first, 6, 6, true);
    OpinionLoopIT.publishResult(second, 5, 6, true);
    // expect: only the new vote decides
    await().atMost(Duration.ofSeconds(30)).until(() -> state(at, staff).equals("CLOSED"));
    List<String> recorded = eventsOf(id).stream().filter(r -> typeOf(r).endsWith("satisfaction-vote-recorded.v1"))
        .map(r -> CODEC.decode(r.value()).data().get("requestId").asString()).toList();
    assertThat(recorded).containsExactly(second);
    assertThat(cancels(id)).hasSize(1);
  }

  String askForTheVote(String at, String staff, int nth) {
    ApiClient.Response asked = api.post(at + "/satisfaction-vote", staff,
        Map.of("closesAt", Instant.now().plusSeconds(3600).toString(), "secret", false));
    assertThat(asked.status()).as(asked.body()).isEqualTo(200);
    String opinionId = asked.json().get("opinionId").asString();
    // events are published at least once (the relay and the sweeper may both send one): count distinct requests
    await().atMost(Duration.ofSeconds(20)).until(() -> requestIds(opinionId).size() >= nth);
    return requestIds(opinionId).get(nth - 1);
  }

  /** The request ids of the opinion's vote requests, in the order first published, each once. */
  static List<String> requestIds(String opinionId) {
    return requests(opinionId).stream().map(r -> CODEC.decode(r.value()).data().get("requestId").asString())
        .distinct().toList();
  }

  static List<ConsumerRecord<String, String>> requests(String opinionId) {
    return eventsOf(opinionId).stream().filter(r -> typeOf(r).endsWith("satisfaction-vote-requested.v1")).toList();
  }

  /** The opinion's vote cancellations, one record per event (a record the relay sent twice counted once). */
  static List<ConsumerRecord<String, String>> cancels(String opinionId) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    return eventsOf(opinionId).stream().filter(r -> typeOf(r).equals("lianxin.supervision.satisfaction-vote-cancelled.v1"))
        .filter(r -> seen.add(CODEC.decode(r.value()).id())).toList();
  }

  String state(String at, String staff) {
    return api.get(at, staff).json().get("status").asString();
  }

  /** voting's poll-cancelled of a satisfaction poll with this request id (its contract's example, re-filled), encoded. */
  static String cancelled(String requestId, String reason) {
    EventEnvelope example = CODEC.decode(OpinionLoopIT.exampleOf("lianxin.voting.poll-cancelled.v1"));
    ObjectNode data = (ObjectNode) example.data().deepCopy();
    String pollId = UUID.randomUUID().toString();
    data.put("pollId", pollId).put("congressId", DemoUsers.COUNTY).put("kind", "SATISFACTION")
        .put("title", "满意度测评").put("isPublic", false).put("reason", reason);
    data.putNull("publicFeed");
    if (requestId == null) {
      data.putNull("requestId");
    } else {
      data.put("requestId", requestId);
    }
    EventEnvelope event = EventEnvelope.create(EventCatalog.find("lianxin.voting.poll-cancelled.v1").orElseThrow(),
        "/voting-service", pollId, DemoUsers.COUNTY, 3, Instant.now(), null, data);
    String encoded = CODEC.encode(event);
    new EventSchemaValidator().assertValid(encoded);
    return encoded;
  }

  static void sendAsVoting(String encoded) {
    try (TopicWriter writer = new TopicWriter(EmbeddedInfra.shared().kafkaBootstrapServers())) {
      writer.send(Topics.VOTING, CODEC.decode(encoded).subject(), encoded);
    }
  }
}
