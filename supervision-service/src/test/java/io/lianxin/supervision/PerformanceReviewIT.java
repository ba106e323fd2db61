package io.lianxin.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.events.EventEnvelope;
import io.lianxin.events.EventSchemaValidator;
import io.lianxin.supervision.domain.RegisteredUnit;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUser;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A performance review (述职评议 / 两官评议) by HTTP and on Kafka: the round started over five subjects of
 * the register, 听 访 查 recorded, the score vote asked of voting-service (refused until every report
 * is heard, nothing written), withdrawn and asked again, the results published on voting's topic as its
 * contract says — the withdrawn request's and a redelivery change nothing — the ranking with a tie,
 * the grades, the talks, the commendation, the rectification opinions issued once each into the two
 * lists, and the boundaries of roles, units and congresses.
 */
class PerformanceReviewIT extends RunningServiceIT {

  static final String COURT = "U-qingshan-court";
  static final String PROCURATORATE = "U-qingshan-procuratorate";
  static final String PARTY = "U-qingshan-party-committee";
  static final String UPPER_COURT = "U-qingshan-intermediate-court";
  static final String UPPER_PROCURATORATE = "U-qingshan-city-procuratorate";
  static final String HOUSING = "U-qingshan-housing";
  static final String BASE = "/api/v1/performance-reviews";

  @Test
  void aRoundIsHeardVisitedCheckedScoredRankedGradedAndItsOpinionsIssuedOnce() {
    for (String unit : List.of(COURT, PROCURATORATE, PARTY, UPPER_COURT, UPPER_PROCURATORATE)) {
      register.put(new RegisteredUnit(unit, DemoUsers.COUNTY, "单位 " + unit, true), RegisterTestData.FIRST);
    }
    String staff = token("staff@qingshan");
    ApiClient.Response started = api.post(BASE, staff, Map.of("year", 2027, "title", "两官履职评议",
        "partyCommitteeUnitId", PARTY, "subjects", List.of(
            subject("王法官", "JUDGE", COURT, UPPER_COURT), subject("李检察官", "PROSECUTOR", PROCURATORATE, UPPER_PROCURATORATE),
            subject("赵法官", "JUDGE", COURT, UPPER_COURT), subject("县住建局局长", "DEPARTMENT_HEAD", HOUSING, PARTY),
            subject("孙法官", "JUDGE", COURT, UPPER_COURT))));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    String id = started.json().get("reviewId").asString();
    String at = BASE + "/" + id;

    // boundaries: another congress, a unit that has no subject in it, a deputy, a leader writing
    assertThat(api.get(at, token("staff@hexi")).status()).isEqualTo(404);
    assertThat(api.get(at, token("handler@hexi")).status()).isEqualTo(404);
    assertThat(api.get(at, token("deputy1@qingshan")).status()).isEqualTo(403);
    assertThat(api.post(at + "/subjects/S1/report", token("leader@qingshan"), report()).status()).isEqualTo(403);
    JsonNode ownView = api.get(at, token("handler@qingshan")).json();
    assertThat(ownView.get("subjects")).as("the housing bureau sees its own subject only").hasSize(1);
    assertThat(ownView.get("subjects").get(0).get("subjectId").asString()).isEqualTo("S4");
    assertThat(api.get(BASE, token("handler@qingshan")).json().get("total").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(api.get(BASE, token("handler@hexi")).json().get("total").asLong()).isZero();

    // 听 for one subject only: the vote is refused, naming the others, and nothing is written
    assertThat(api.post(at + "/subjects/S1/report", staff, report()).status()).isEqualTo(200);
    List<Document> before = everything();
    ApiClient.Response early = api.post(at + "/score-vote", staff, vote());
    assertThat(early.status()).as(early.body()).isEqualTo(422);
    assertThat(early.json().get("detail").asString()).contains("S2, S3, S4, S5");
    assertThat(everything()).as("a refused vote writes nothing").isEqualTo(before);
    for (String s : List.of("S2", "S3", "S4", "S5")) {
      assertThat(api.post(at + "/subjects/" + s + "/report", staff, report()).status()).isEqualTo(200);
    }
    // 访 and 查
    assertThat(api.post(at + "/subjects/S1/interviews", staff,
        Map.of("interviews", 12, "commentForms", 40, "summary", "群众反映立案难")).status()).isEqualTo(200);
    ApiClient.Response checked = api.post(at + "/subjects/S1/case-files", staff,
        Map.of("sampled", 30, "findings", List.of("超审限案件 3 件", "裁判文书说理不充分")));
    assertThat(checked.status()).as(checked.body()).isEqualTo(200);

    // 评: asked, withdrawn, asked again
    String first = askForTheVote(at, staff, id, 1);
    assertThat(first).isEqualTo("review:" + id + ":1");
    assertThat(api.post(at + "/score-vote/withdrawal", staff, Map.of("reason", "投票系统中已取消")).status()).isEqualTo(200);
    String second = askForTheVote(at, staff, id, 2);
    assertThat(second).isEqualTo("review:" + id + ":2");
    JsonNode request = requestsOf(id).get(1);
    assertThat(request.get("roll").toString()).as("the standing committee from the register copy")
        .isEqualTo("[\"D-qingshan-004\",\"D-qingshan-005\",\"D-qingshan-006\",\"D-qingshan-007\",\"D-qingshan-008\"]");
    assertThat(request.get("items").toString()).isEqualTo("[\"1、王法官\",\"2、李检察官\",\"3、赵法官\",\"4、县住建局局长\",\"5、孙法官\"]");

    publishScores(first, List.of(99.0, 99.0, 99.0, 99.0, 99.0)); // the withdrawn request: nothing changes
    publishScores(second, List.of(71.0, 92.5, 80.0, 80.0, 55.0));
    await().atMost(Duration.ofSeconds(30)).until(() -> status(at, staff).equals("RATED"));
    publishScores(second, List.of(10.0, 10.0, 10.0, 10.0, 10.0)); // delivered again: nothing changes
    await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(id).size() >= 12);

    JsonNode rated = api.get(at, token("leader@qingshan")).json();
    assertThat(rankingOf(rated)).containsExactly(RANKING);
    assertThat(rated.get("subjects").get(0).get("result").get("commendationProposed").asBoolean()).isTrue();
    assertThat(rated.get("subjects").get(0).get("result").get("averageScore").asDouble()).isEqualTo(92.5);

    // 改: not for the excellent prosecutor; closing waits for both opinions; each opinion is issued once
    List<Document> beforeRefusals = everything();
    assertThat(api.post(at + "/subjects/S2/opinion", staff, opinion()).status()).isEqualTo(422);
    assertThat(api.post(at + "/closure", staff, Map.of()).status()).isEqualTo(422);
    assertThat(everything()).as("refusals write nothing").isEqualTo(beforeRefusals);
    ApiClient.Response issued = api.post(at + "/subjects/S1/opinion", staff, opinion());
    assertThat(issued.status()).as(issued.body()).isEqualTo(200);
    String opinionId = subjectOf(issued.json(), "S1").get("opinionId").asString();
    List<Document> afterIssue = everything();
    ApiClient.Response retried = api.post(at + "/subjects/S1/opinion", staff, opinion());
    assertThat(retried.status()).isEqualTo(200);
    assertThat(subjectOf(retried.json(), "S1").get("opinionId").asString()).isEqualTo(opinionId);
    assertThat(everything()).as("a retry creates nothing twice").isEqualTo(afterIssue);
    assertThat(documentsOf("opinions").stream().filter(d -> opinionId.equals(d.get("opinionId"))).count()).isEqualTo(1);

    // the opinion goes through the two lists: the court's handler answers with its list
    JsonNode opinion = api.get("/api/v1/opinions/" + opinionId, staff).json();
    assertThat(opinion.get("bodyUnitId").asString()).isEqualTo(COURT);
    assertThat(opinion.get("problems").get(0).get("description").asString()).as("the case files' findings")
        .isEqualTo("超审限案件 3 件");
    String courtHandler = EmbeddedInfra.shared().issuer().tokenFor(
        DemoUser.of("handler-court@qingshan", "县法院承办人", "UNIT_HANDLER", DemoUsers.COUNTY, COURT));
    ApiClient.Response list = api.post("/api/v1/opinions/" + opinionId + "/rectification-list", courtHandler,
        Map.of("measures", List.of(OpinionLoopIT.measure(List.of(1, 2), "开展超审限案件专项清理", "2099-03-31"))));
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    assertThat(list.json().get("status").asString()).isEqualTo("RECTIFYING");
    // its history, read as the opinion is: the office, the court; not another body, not another congress
    String history = "/api/v1/opinions/" + opinionId + "/history";
    await().atMost(Duration.ofSeconds(10)).until(() -> api.get(history, staff).json().get("total").asLong() == 2);
    JsonNode lines = api.get(history, courtHandler).json().get("items");
    assertThat(lines.get(0).get("type").asString()).isEqualTo("lianxin.supervision.opinion-issued.v1");
    assertThat(lines.get(0).get("actorId").asString()).isEqualTo("staff@qingshan");
    assertThat(lines.get(1).get("type").asString()).isEqualTo("lianxin.supervision.rectification-list-submitted.v1");
    assertThat(lines.get(1).get("actorId").asString()).isEqualTo("handler-court@qingshan");
    assertThat(api.get(history, token("handler@qingshan")).status()).as("another body's opinion").isEqualTo(404);
    assertThat(api.get(history, token("staff@hexi")).status()).isEqualTo(404);
    assertThat(api.get(history, token("deputy1@qingshan")).status()).as("not published").isEqualTo(404);

    assertThat(api.post(at + "/subjects/S5/opinion", staff, Map.of("text", "评议认为……", "problems", List.of("庭审不规范")))
        .status()).isEqualTo(200);
    ApiClient.Response closed = api.post(at + "/closure", staff, Map.of());
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
    assertThat(rankingOf(closed.json())).as("the result delivered again changed nothing").containsExactly(RANKING);

    await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(id).size() >= 15);
    List<ConsumerRecord<String, String>> events = eventsOf(id);
    events.forEach(r -> new EventSchemaValidator().assertValid(r.value()));
    List<String> types = events.stream().map(RunningServiceIT::typeOf).map(t -> t.replaceAll("^lianxin\\.supervision\\.|\\.v1$", "")).toList();
    assertThat(types).containsExactly("performance-review-started", "performance-review-step-recorded",
        "performance-review-step-recorded", "performance-review-step-recorded", "performance-review-step-recorded",
        "performance-review-step-recorded", "performance-review-step-recorded", "performance-review-step-recorded",
        "score-vote-requested", "score-vote-void", "score-vote-requested", "performance-review-rated",
        "performance-review-step-recorded", "performance-review-step-recorded", "performance-review-closed");
    JsonNode result = CODEC.decode(events.get(11).value()).data();
    assertThat(result.get("partyCommitteeUnitId").asString()).isEqualTo(PARTY);
    assertThat(result.get("superiorUnitIds").toString()).contains(UPPER_COURT, UPPER_PROCURATORATE, PARTY);
    assertThat(result.get("rectificationSubjectIds").toString()).isEqualTo("[\"S1\",\"S5\"]");
    assertThat(result.get("commendedSubjectIds").toString()).isEqualTo("[\"S2\"]");
  }

  /** Place (= when tied), talk and grade of each subject, best first, for the averages 71, 92.5, 80, 80, 55. */
  static final String[] RANKING = {"S2#1 EXCELLENT", "S3#2= talk COMPETENT", "S4#2= talk -",
      "S1#4 talk BASICALLY_COMPETENT", "S5#5 talk INCOMPETENT"};

  static List<String> rankingOf(JsonNode review) {
    List<String> ranking = new ArrayList<>();
    review.get("subjects").forEach(s -> ranking.add(s.get("subjectId").asString() + "#" + s.get("result").get("rank").asInt()
        + (s.get("result").get("tied").asBoolean() ? "=" : "") + (s.get("result").get("talk").asBoolean() ? " talk" : "")
        + " " + (s.get("result").has("grade") ? s.get("result").get("grade").asString() : "-")));
    return ranking;
  }

  String askForTheVote(String at, String staff, String id, int nth) {
    ApiClient.Response asked = api.post(at + "/score-vote", staff, vote());
    assertThat(asked.status()).as(asked.body()).isEqualTo(200);
    assertThat(asked.json().get("status").asString()).isEqualTo("VOTING");
    await().atMost(Duration.ofSeconds(20)).until(() -> requestsOf(id).size() >= nth);
    return requestsOf(id).get(nth - 1).get("requestId").asString();
  }

  static List<JsonNode> requestsOf(String id) {
    return eventsOf(id).stream().filter(r -> typeOf(r).endsWith("score-vote-requested.v1"))
        .map(r -> CODEC.decode(r.value()).data()).toList();
  }

  /** voting-service's result-published of a score poll (its contract's example, re-filled): the averages in item order. */
  static void publishScores(String requestId, List<Double> averages) {
    EventEnvelope example = CODEC.decode(OpinionLoopIT.exampleOf("lianxin.voting.result-published.v1"));
    ObjectNode data = (ObjectNode) example.data().deepCopy();
    data.put("requestId", requestId).put("kind", "SCORE").put("valid", true);
    var items = data.putArray("items");
    List<String> names = List.of("1、王法官", "2、李检察官", "3、赵法官", "4、县住建局局长", "5、孙法官");
    for (int i = 0; i < names.size(); i++) {
      items.addObject().put("item", names.get(i)).put("favourable", 0).put("base", 5).put("needed", 0)
          .put("averageScore", averages.get(i)).put("passed", averages.get(i) >= 60).put("rank", 1);
    }
    data.putArray("passed");
    OpinionLoopIT.sendAsVoting(data);
  }

  String status(String at, String staff) {
    return api.get(at, staff).json().get("status").asString();
  }

  static JsonNode subjectOf(JsonNode review, String subjectId) {
    for (JsonNode s : review.get("subjects")) {
      if (s.get("subjectId").asString().equals(subjectId)) {
        return s;
      }
    }
    throw new AssertionError("no subject " + subjectId);
  }

  static Map<String, Object> subject(String name, String kind, String unitId, String superiorUnitId) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("name", name);
    s.put("kind", kind);
    s.put("unitId", unitId);
    s.put("superiorUnitId", superiorUnitId);
    return s;
  }

  static Map<String, Object> report() {
    return Map.of("heardOn", "2027-11-20", "summary", "述职报告");
  }

  static Map<String, Object> vote() {
    return Map.of("closesAt", Instant.now().plusSeconds(3600).toString(), "secret", false);
  }

  static Map<String, Object> opinion() {
    return Map.of("text", "常委会评议认为……", "supervisingLeaderId", "D-qingshan-004");
  }
}
