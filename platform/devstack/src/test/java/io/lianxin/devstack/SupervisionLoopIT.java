package io.lianxin.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The two lists end to end, supervision-service and voting-service on the devstack's Kafka broker:
 * the register from deputy-service, an opinion to a body, its list, measures and report, the
 * standing committee's satisfaction vote requested by event, cast by the members' ballots in
 * voting-service, its result read back — one opinion found satisfactory and closed, another
 * unsatisfactory twice, through the second deliberation to accountability — and the body told.
 */
class SupervisionLoopIT {

  static final int OFFSET = PortOffsets.SUPERVISION_LOOP;

  @Test
  void opinionsAreClosedByTheStandingCommitteesBallots(@TempDir Path data) {
    try (DevStack stack = new DevStack(new DevStack.Options(data, false, false, OFFSET))) {
      DemoData.register(stack);
      RegisterCopies.awaitCaughtUp(stack.kafkaBootstrapServers(), Duration.ofSeconds(90));
      Walk walk = new Walk(stack);

      String satisfied = walk.issue("关于老旧小区改造的审议意见");
      walk.listAndReport(satisfied, 1);
      walk.vote(satisfied, 1, List.of("SATISFIED", "BASICALLY_SATISFIED", "SATISFIED", "UNSATISFIED"));
      walk.awaitStatus(satisfied, "CLOSED");
      assertThat(walk.opinion(satisfied).get("outcome").asString()).isEqualTo("SATISFIED");
      assertThat(walk.opinion(satisfied).get("rounds").get(0).get("vote").get("favourable").asLong()).isEqualTo(3);

      String unsatisfied = walk.issue("关于城区内涝治理的审议意见");
      walk.listAndReport(unsatisfied, 1);
      walk.vote(unsatisfied, 1, List.of("UNSATISFIED", "UNSATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"));
      walk.awaitStatus(unsatisfied, "SECOND_DELIBERATION");
      walk.listAndReport(unsatisfied, 2);
      walk.vote(unsatisfied, 2, List.of("UNSATISFIED", "SATISFIED", "UNSATISFIED", "UNSATISFIED"));
      walk.awaitStatus(unsatisfied, "ACCOUNTABILITY");
      ApiClient.Response referred = walk.supervision.post("/api/v1/opinions/" + unsatisfied + "/accountability",
          walk.staff, Map.of("referredTo", "县纪委监委", "text", "二次审议后仍不满意"));
      assertThat(referred.status()).as(referred.body()).isEqualTo(200);
      assertThat(referred.json().get("status").asString()).isEqualTo("CLOSED");
      assertThat(referred.json().get("outcome").asString()).isEqualTo("ACCOUNTABILITY_REFERRED");

      // the body was told, in its inbox at notification-service
      ApiClient inbox = new ApiClient(stack.url("notification-service"));
      String handler = stack.issuer().tokenFor(DemoUsers.get("handler@qingshan"));
      await().atMost(Duration.ofSeconds(30)).until(() -> inbox.get("/api/v1/inbox?size=100", handler).body()
          .contains("启动二次审议"));
      assertThat(inbox.get("/api/v1/inbox?size=100", handler).body()).contains("收到审议意见", "追责问效");
    }
  }

  /** The steps as the office, the body and the members take them. */
  static final class Walk {
    final ApiClient supervision;
    final ApiClient voting;
    final DevStack stack;
    final String staff;
    final String handler;

    Walk(DevStack stack) {
      this.stack = stack;
      this.supervision = new ApiClient(stack.url("supervision-service"));
      this.voting = new ApiClient(stack.url("voting-service"));
      this.staff = stack.issuer().tokenFor(DemoUsers.get("staff@qingshan"));
      this.handler = stack.issuer().tokenFor(DemoUsers.get("handler@qingshan"));
    }

    String issue(String title) {
      ApiClient.Response issued = supervision.post("/api/v1/opinions", staff, Map.of("title", title, "text", "审议认为……",
          "bodyUnitId", "U-qingshan-housing", "problems", List.of("进度慢", "资金不到位"),
          "supervisingLeaderId", "D-qingshan-004"));
      assertThat(issued.status()).as(issued.body()).isEqualTo(201);
      assertThat(issued.json().get("bodyName").asString()).as("the body's name from the register").contains("住");
      return issued.json().get("opinionId").asString();
    }

    void listAndReport(String id, int round) {
      String at = "/api/v1/opinions/" + id;
      ApiClient.Response list = supervision.post(at + "/rectification-list", handler, Map.of("measures", List.of(
          Map.of("problemNumbers", List.of(1, 2), "action", "第" + round + "轮整改措施", "owner", "城建股",
              "dueOn", "2099-06-30"))));
      assertThat(list.status()).as(list.body()).isEqualTo(200);
      String measure = round == 1 ? "M1" : "R2-M1";
      assertThat(supervision.post(at + "/measures/" + measure + "/progress", handler,
          Map.of("status", "DONE", "evidence", "整改文件")).status()).isEqualTo(200);
      assertThat(supervision.post(at + "/report", handler, Map.of("report", "整改情况报告")).status()).isEqualTo(200);
    }

    /** Staff ask for the vote; voting-service makes the poll from the request; the members vote; staff close, count and publish it. */
    void vote(String id, int round, List<String> answers) {
      ApiClient.Response asked = supervision.post("/api/v1/opinions/" + id + "/satisfaction-vote", staff,
          Map.of("closesAt", Instant.now().plus(Duration.ofHours(1)).toString(), "secret", false));
      assertThat(asked.status()).as(asked.body()).isEqualTo(200);
      String[] poll = new String[1];
      await().atMost(Duration.ofSeconds(30)).until(() -> {
        poll[0] = openPollFor(id, round);
        return poll[0] != null;
      });
      JsonNode opened = voting.get("/api/v1/polls/" + poll[0], staff).json();
      assertThat(opened.get("rollSize").asInt()).as("the standing committee: deputies 4, 5, 6 and 8").isEqualTo(4);
      String item = opened.get("items").get(0).asString();
      List<String> members = List.of("deputy4@qingshan", "deputy5@qingshan", "deputy6@qingshan", "deputy8@qingshan");
      for (int i = 0; i < members.size(); i++) {
        ApiClient.Response cast = voting.post("/api/v1/polls/" + poll[0] + "/ballots",
            stack.issuer().tokenFor(DemoUsers.get(members.get(i))), Map.of("answers", Map.of(item, answers.get(i))));
        assertThat(cast.status()).as(cast.body()).isEqualTo(201);
      }
      // closed early by staff (the scheduler would close, count and publish it at closesAt): count, publish
      for (String step : List.of("closing", "tally", "publication")) {
        ApiClient.Response done = voting.post("/api/v1/polls/" + poll[0] + "/" + step, staff, Map.of());
        assertThat(done.status()).as(step + ": " + done.body()).isEqualTo(200);
      }
    }

    /** The open poll voting-service made for this opinion's round, or null while there is none. */
    String openPollFor(String id, int round) {
      JsonNode polls = voting.get("/api/v1/polls?size=50", staff).json();
      for (JsonNode p : polls.get("items")) {
        String requestId = p.path("requestId").asString("");
        if (requestId.startsWith("opinion:" + id + ":round-" + round + ":") && p.get("state").asString().equals("OPEN")) {
          return p.get("id").asString();
        }
      }
      return null;
    }

    void awaitStatus(String id, String status) {
      await().atMost(Duration.ofSeconds(60)).until(() -> opinion(id).get("status").asString().equals(status));
    }

    JsonNode opinion(String id) {
      return supervision.get("/api/v1/opinions/" + id, staff).json();
    }
  }
}
