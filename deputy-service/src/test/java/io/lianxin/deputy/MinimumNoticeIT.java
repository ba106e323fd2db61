package io.lianxin.deputy;

import static io.lianxin.deputy.ReceptionDaysIT.withoutRelay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.deputy.persistence.MinimumNoticeDocument;
import io.lianxin.events.EventSchemaValidator;
import io.lianxin.testkit.ApiClient;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The notice of deputies below the yearly minimums (履职未达标提醒) by HTTP: those below the points minimum and the
 * two links' minimums are named with what they reached, those who met them are not; the same day again is the same
 * notice with no second event; a deputy or a leader may not issue one; a year not begun is refused writing nothing.
 */
class MinimumNoticeIT extends RunningServiceIT {

  @Test
  void theOfficeNamesThoseBelowAMinimumOnceADay() {
    String staff = token("staff@qingshan");
    String idle = fresh("D");
    String member = fresh("D");
    api.put("/api/v1/deputies/" + idle, staff, Map.of("name", "代表 丁", "termStart", "2026-01-10"));
    api.put("/api/v1/deputies/" + member, staff, Map.of("name", "常委 戊", "termStart", "2026-01-10",
        "standingCommitteeRole", "MEMBER"));
    for (int i = 0; i < 4; i++) {
      ApiClient.Response logged = api.put("/api/v1/contacts/" + fresh("K"), staff, Map.of("kind", "MEMBER_WITH_DEPUTY",
          "personId", member, "counterpartDeputyId", idle, "mode", "VISIT", "on", "2026-0" + (i + 3) + "-15"));
      assertThat(logged.status()).as(logged.body()).isEqualTo(200);
    }

    assertThat(issue(token("deputy1@qingshan"), "").status()).isEqualTo(403);
    assertThat(issue(token("leader@qingshan"), "").status()).isEqualTo(403);
    List<Document> before = withoutRelay(RunningServiceIT.documentsOf(MinimumNoticeDocument.COLLECTION));
    ApiClient.Response notBegun = issue(staff, "?year=2099");
    assertThat(notBegun.status()).as(notBegun.body()).isEqualTo(422);
    assertThat(notBegun.body()).contains("year");
    assertThat(withoutRelay(RunningServiceIT.documentsOf(MinimumNoticeDocument.COLLECTION))).isEqualTo(before);

    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    ApiClient.Response first = issue(staff, "");
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    JsonNode notice = first.json();
    assertThat(notice.get("created").asBoolean()).isTrue();
    assertThat(notice.get("year").asInt()).isEqualTo(year);
    List<String> idleFalls = shortfallsOf(notice, idle);
    List<String> memberFalls = shortfallsOf(notice, member);
    if (year == 2026) {
      assertThat(idleFalls).containsExactlyInAnyOrder("POINTS 0/10", "DEPUTY_WITH_VOTERS 0/4");
      assertThat(memberFalls).as("four contacts with deputies meet the minimum of 4")
          .containsExactlyInAnyOrder("POINTS 0/10", "DEPUTY_WITH_VOTERS 0/4");
    }
    assertThat(notice.get("deputyIds")).extracting(JsonNode::asString).contains(idle);

    List<Document> afterFirst = withoutRelay(RunningServiceIT.documentsOf(MinimumNoticeDocument.COLLECTION));
    ApiClient.Response again = issue(staff, "");
    assertThat(again.json().get("created").asBoolean()).isFalse();
    assertThat(again.json().get("noticeId").asString()).isEqualTo(notice.get("noticeId").asString());
    assertThat(withoutRelay(RunningServiceIT.documentsOf(MinimumNoticeDocument.COLLECTION))).isEqualTo(afterFirst);

    String noticeId = notice.get("noticeId").asString();
    // other tests of this JVM (ApiSurfaceIT's authorization table) issue the same day's notice in their own database,
    // on the same broker: this test's event is the one naming its own deputy
    await().atMost(Duration.ofSeconds(20)).until(() -> !noticesNaming(noticeId, idle).isEmpty());
    List<ConsumerRecord<String, String>> events = noticesNaming(noticeId, idle);
    assertThat(events).as("one event for the day, however often issued").hasSize(1)
        .extracting(RunningServiceIT::typeOf).containsExactly("lianxin.deputy.below-minimum-noticed.v1");
    new EventSchemaValidator().assertValid(events.get(0).value());
    JsonNode data = CODEC.decode(events.get(0).value()).data();
    assertThat(data.get("deputiesNamed").asInt()).isEqualTo(notice.get("deputyIds").size());
    assertThat(events.get(0).value()).as("no name or contact data").doesNotContain("代表 丁");
  }

  static List<ConsumerRecord<String, String>> noticesNaming(String noticeId, String deputyId) {
    return eventsOf(noticeId).stream().filter(e -> e.value().contains("\"" + deputyId + "\"")).toList();
  }

  ApiClient.Response issue(String token, String query) {
    return api.post("/api/v1/records/minimum-notices" + query, token, Map.of());
  }

  static List<String> shortfallsOf(JsonNode notice, String deputyId) {
    List<String> found = new ArrayList<>();
    notice.get("shortfalls").forEach(s -> {
      if (s.get("deputyId").asString().equals(deputyId)) {
        found.add(s.get("measure").asString() + " " + s.get("reached").asLong() + "/" + s.get("minimum").asInt());
      }
    });
    return found;
  }
}
