package io.lianxin.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.events.EventSchemaValidator;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Livelihood projects tracked from voting's selection on Kafka: a selection delivered three times
 * gives one tracking per project; set up by the office, progress by the responsible department
 * only, a deputy group's inspection with deputies of the register, the deputies' year-end vote
 * asked of voting and its result read back; the public sees progress without the deputies' ids.
 */
class TrackingIT extends RunningServiceIT {

  @Test
  void aSelectionDeliveredThreeTimesIsTrackedOncePerProjectToItsRating() {
    String staff = token("staff@qingshan");
    String handler = token("handler@qingshan");
    String programme = "prog-" + UUID.randomUUID();
    String p1 = "P-" + UUID.randomUUID().toString().substring(0, 8);
    String p2 = "P-" + UUID.randomUUID().toString().substring(0, 8);
    LivelihoodProjects.send(programme, LivelihoodProjects.selected(programme, 2027, List.of(p1, p2)), 3);
    await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/trackings/" + p2, staff).status() == 200);
    await().atMost(Duration.ofSeconds(10)).until(() -> eventsOf(p1).size() + eventsOf(p2).size() >= 2);
    assertThat(documentsOf("trackings").stream()
        .filter(d -> programme.equals(((org.bson.Document) d.get("project")).getString("programmeId"))).count())
        .as("one tracking per project").isEqualTo(2);
    assertThat(eventsOf(p1)).extracting(RunningServiceIT::typeOf).containsExactly(
        "lianxin.supervision.project-tracking-started.v1");

    String at = "/api/v1/trackings/" + p1;
    ApiClient.Response unknownUnit = api.post(at + "/setup", staff, Map.of("leadLeaderId", "D-qingshan-004",
        "office", "财经工委", "unitId", "U-nowhere", "milestones", List.of(Map.of("name", "选址", "dueOn", "2099-04-30"))));
    assertThat(unknownUnit.status()).isEqualTo(422);
    List<org.bson.Document> before = everything();
    ApiClient.Response notALeader = api.post(at + "/setup", staff, Map.of("leadLeaderId", "D-qingshan-005",
        "office", "财经工委", "unitId", "U-qingshan-housing", "milestones", List.of(Map.of("name", "选址", "dueOn", "2099-04-30"))));
    assertThat(notALeader.status()).as("a member of the standing committee, not of the chair's council").isEqualTo(422);
    assertThat(notALeader.body()).contains("leadLeaderId").contains("D-qingshan-005");
    assertThat(everything()).as("a refused set-up writes nothing").isEqualTo(before);
    ApiClient.Response set = api.post(at + "/setup", staff, Map.of("leadLeaderId", "D-qingshan-004",
        "office", "财经工委", "unitId", "U-qingshan-housing", "milestones", List.of(
            Map.of("name", "选址", "dueOn", "2099-04-30"), Map.of("name", "施工", "dueOn", "2099-09-30"))));
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(api.post(at + "/milestones/1/progress", token("handler@hexi"), Map.of("text", "x", "reached", true))
        .status()).as("another congress's unit").isEqualTo(404);
    ApiClient.Response progress = api.post(at + "/milestones/1/progress", handler, Map.of("text", "选址完成",
        "reached", true));
    assertThat(progress.status()).as(progress.body()).isEqualTo(200);
    assertThat(progress.json().get("milestonesReached").asLong()).isEqualTo(1);
    assertThat(api.post("/api/v1/trackings/" + p2 + "/milestones/1/progress", handler, Map.of("text", "x",
        "reached", true)).status()).as("not this unit's project (not set up)").isEqualTo(404);
    ApiClient.Response unknownDeputy = api.post(at + "/inspections", token("deputy1@qingshan"), Map.of("on", "2027-06-01",
        "deputyGroup", "城关镇代表小组", "deputyIds", List.of("D-qingshan-001", "D-qingshan-077"), "findings", "进度正常"));
    assertThat(unknownDeputy.status()).isEqualTo(422);
    assertThat(unknownDeputy.body()).contains("D-qingshan-077");
    assertThat(api.post(at + "/inspections", token("deputy1@qingshan"), Map.of("on", "2027-06-01",
        "deputyGroup", "城关镇代表小组", "deputyIds", List.of("D-qingshan-001"), "findings", "进度正常")).status())
        .isEqualTo(200);

    ApiClient.Response asked = api.post(at + "/satisfaction-vote", staff,
        Map.of("closesAt", Instant.now().plusSeconds(3600).toString(), "secret", false));
    assertThat(asked.status()).as(asked.body()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(p1).stream()
        .anyMatch(r -> typeOf(r).endsWith("satisfaction-vote-requested.v1")));
    JsonNode request = eventsOf(p1).stream().filter(r -> typeOf(r).endsWith("satisfaction-vote-requested.v1"))
        .map(r -> CODEC.decode(r.value()).data()).findFirst().orElseThrow();
    assertThat(request.get("roll").size()).as("every active deputy of the register copy")
        .isEqualTo((int) DemoUsers.all().stream().filter(u -> u.deputyId() != null && u.congressId().equals(DemoUsers.COUNTY))
            .map(u -> u.deputyId()).distinct().count()); // the leader's sign-in is deputy 4's: one deputy
    OpinionLoopIT.publishResult(request.get("requestId").asString(), 10, 14, true);
    await().atMost(Duration.ofSeconds(30)).until(() -> api.get(at, staff).json().get("status").asString().equals("RATED"));
    assertThat(api.get(at, staff).json().get("rating").get("favourable").asLong()).isEqualTo(10);

    JsonNode shown = null;
    for (JsonNode t : api.get("/api/v1/public/" + DemoUsers.COUNTY + "/trackings?year=2027&size=500", null).json().get("items")) {
      if (t.get("trackingId").asString().equals(p1)) {
        shown = t;
      }
    }
    assertThat(shown).isNotNull();
    assertThat(shown.get("inspections").get(0).get("deputyIds")).as("no deputy ids in public").isEmpty();
    await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(p1).size() >= 6);
    eventsOf(p1).forEach(r -> new EventSchemaValidator().assertValid(r.value()));
    assertThat(eventsOf(p1)).extracting(RunningServiceIT::typeOf).containsExactly(
        "lianxin.supervision.project-tracking-started.v1", "lianxin.supervision.tracking-set-up.v1",
        "lianxin.supervision.milestone-progress-reported.v1", "lianxin.supervision.site-inspection-recorded.v1",
        "lianxin.supervision.satisfaction-vote-requested.v1", "lianxin.supervision.project-rated.v1");
  }
}
