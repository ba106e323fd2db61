package io.lianxin.deputy;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.deputy.persistence.OpinionDocument;
import io.lianxin.deputy.persistence.ReceptionDayDocument;
import io.lianxin.deputy.persistence.RecordEntryDocument;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Reception days (进站接待) by HTTP on the running service: scheduled with the deputies on duty, a visit with two
 * opinions — one assigned, answered and fed back and then shown by its code to anyone without the visitor's
 * data, the other taken up by a deputy on duty — the day held and counted in the record of the deputy present,
 * and the quarter's presence. Every refusal writes nothing.
 */
class ReceptionDaysIT extends RunningServiceIT {

  static final String DATE = "2026-11-10";

  @Test
  void aVisitsOpinionsGoTheirWayAndTheHeldDayCountsForTheDeputyPresent() {
    String staff = token("staff@qingshan");
    String onDuty = fresh("D");
    String alsoOnDuty = fresh("D");
    String notAttached = fresh("D");
    for (String d : List.of(onDuty, alsoOnDuty, notAttached)) {
      api.put("/api/v1/deputies/" + d, staff, Map.of("name", "代表 " + d, "termStart", "2026-01-10"));
    }
    String unit = fresh("U");
    String dissolved = fresh("U");
    api.put("/api/v1/units/" + unit, staff, Map.of("name", "县住建局", "kind", "GOVERNMENT_DEPARTMENT"));
    api.put("/api/v1/units/" + dissolved, staff, Map.of("name", "旧单位", "kind", "GOVERNMENT_DEPARTMENT"));
    api.post("/api/v1/units/" + dissolved + "/dissolution", staff, Map.of("leftOn", "2026-06-01"));
    String station = fresh("S");
    api.put("/api/v1/stations/" + station, staff, Map.of("kind", "STATION", "name", "人民路代表联络站", "address", "人民路 9 号"));
    api.post("/api/v1/stations/" + station + "/deputies", staff, Map.of("deputyIds", List.of(onDuty, alsoOnDuty)));

    String day = fresh("R");
    String path = "/api/v1/reception-days/" + day;
    Map<String, Object> plan = Map.of("stationId", station, "date", DATE, "startsAt", "09:00", "endsAt", "11:30",
        "deputyIds", List.of(onDuty, notAttached));
    ApiClient.Response notOnStation = refusedWritingNothing(() -> api.put(path, staff, plan), 422);
    assertThat(notOnStation.body()).contains(notAttached).doesNotContain(onDuty + ",");
    ApiClient.Response scheduled = api.put(path, staff, Map.of("stationId", station, "date", DATE, "startsAt", "09:00",
        "endsAt", "11:30", "deputyIds", List.of(onDuty, alsoOnDuty)));
    assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);
    assertThat(scheduled.json().get("status").asString()).isEqualTo("SCHEDULED");
    assertThat(api.get(path, token("staff@hexi")).status()).as("another congress").isEqualTo(404);

    ApiClient.Response visit = api.post(path + "/visits", staff, Map.of("visitorName", "王先生", "contact", "13900000000",
        "opinions", List.of("小区门口路灯坏了三个月", "菜市场周边停车难")));
    assertThat(visit.status()).as(visit.body()).isEqualTo(200);
    String first = visit.json().get(0).get("trackingCode").asString();
    String second = visit.json().get(1).get("trackingCode").asString();
    assertThat(List.of(first, second)).allMatch(c -> c.matches("^[0-9A-HJKMNP-TV-Z]{10}$")).doesNotHaveDuplicates();
    assertThat(api.post("/api/v1/reception-days/" + day + "/visits", token("staff@hexi"),
        Map.of("opinions", List.of("x"))).status()).as("another congress's day").isEqualTo(404);

    String opinion = "/api/v1/voter-opinions/" + first;
    refusedWritingNothing(() -> api.post(opinion + "/assignment", staff, Map.of("unitId", dissolved)), 422);
    refusedWritingNothing(() -> api.post(opinion + "/assignment", staff, Map.of("unitId", "U-does-not-exist")), 422);
    refusedWritingNothing(() -> api.post(opinion + "/answer", staff, Map.of("answer", "还没交办")), 409);
    refusedWritingNothing(() -> api.post(opinion + "/assignment", token("staff@hexi"), Map.of("unitId", unit)), 404);
    assertThat(api.post(opinion + "/assignment", staff, Map.of("unitId", unit)).json().get("state").asString())
        .isEqualTo("ASSIGNED");
    assertThat(api.post(opinion + "/answer", staff, Map.of("answer", "路灯已于本周修复")).json().get("state").asString())
        .isEqualTo("ANSWERED");
    JsonNode beforeFeedback = tracked(DemoUsers.COUNTY, first).json();
    assertThat(beforeFeedback.get("state").asString()).isEqualTo("ANSWERED");
    assertThat(beforeFeedback.has("answer")).as("not shown before the voter was told").isFalse();
    assertThat(api.post(opinion + "/feedback", staff, Map.of("mode", "PHONE")).json().get("state").asString())
        .isEqualTo("FED_BACK");
    refusedWritingNothing(() -> api.post(opinion + "/answer", staff, Map.of("answer", "again")), 409);

    ApiClient.Response shown = tracked(DemoUsers.COUNTY, first);
    assertThat(shown.status()).as(shown.body()).isEqualTo(200);
    assertThat(shown.json().get("state").asString()).isEqualTo("FED_BACK");
    assertThat(shown.json().get("answer").asString()).isEqualTo("路灯已于本周修复");
    assertThat(shown.json().get("receivedOn").asString()).isEqualTo(DATE);
    assertThat(shown.body()).as("no visitor data in public").doesNotContain("王先生", "13900000000", "visitor", "contact",
        "小区门口");
    assertThat(tracked("cn-city-hexi", first).status()).as("the code is of its congress").isEqualTo(404);
    assertThat(tracked(DemoUsers.COUNTY, "ZZZZZZZZZZ").status()).isEqualTo(404);

    String other = "/api/v1/voter-opinions/" + second;
    refusedWritingNothing(() -> api.post(other + "/take-up", staff,
        Map.of("deputyId", notAttached, "draftTitle", "关于停车的建议")), 422);
    ApiClient.Response takenUp = api.post(other + "/take-up", staff,
        Map.of("deputyId", alsoOnDuty, "draftTitle", "关于缓解菜市场停车难的建议"));
    assertThat(takenUp.status()).as(takenUp.body()).isEqualTo(200);
    assertThat(takenUp.json().get("state").asString()).isEqualTo("TAKEN_UP");
    assertThat(takenUp.json().get("draftTitle").asString()).isEqualTo("关于缓解菜市场停车难的建议");
    assertThat(takenUp.json().get("visitorName").asString()).as("the office sees the visitor").isEqualTo("王先生");
    refusedWritingNothing(() -> api.post(other + "/feedback", staff, Map.of("mode", "SMS")), 409);
    assertThat(tracked(DemoUsers.COUNTY, second).json().get("state").asString()).isEqualTo("TAKEN_UP");
    assertThat(api.get(path + "/opinions", staff).json().get("total").asLong()).isEqualTo(2);

    refusedWritingNothing(() -> api.post(path + "/holding", staff, Map.of("deputyIds", List.of(notAttached))), 422);
    ApiClient.Response held = api.post(path + "/holding", staff, Map.of("deputyIds", List.of(onDuty)));
    assertThat(held.status()).as(held.body()).isEqualTo(200);
    assertThat(held.json().get("status").asString()).isEqualTo("HELD");
    awaitCounted(onDuty, "RECEPTION_DAY", 2, staff, 1);
    ApiClient.Response again = refusedWritingNothing(() -> api.post(path + "/holding", staff,
        Map.of("deputyIds", List.of(onDuty))), 200);
    assertThat(again.json().get("deputiesPresent").toString()).isEqualTo("[\"" + onDuty + "\"]");
    refusedWritingNothing(() -> api.post(path + "/holding", staff, Map.of("deputyIds", List.of(onDuty, alsoOnDuty))), 409);

    assertThat(countedInRecord(onDuty, "RECEPTION_DAY", 2, staff)).as("counted once").isEqualTo(1);
    assertThat(documentsOf(RecordEntryDocument.COLLECTION).stream().filter(e -> onDuty.equals(e.getString("deputyId"))))
        .as("from the held event, by its id").singleElement()
        .satisfies(e -> assertThat(eventsOf(day).stream().map(r -> CODEC.decode(r.value()).id()))
            .contains(e.getString("eventId")));
    assertThat(countedInRecord(alsoOnDuty, "RECEPTION_DAY", 2, staff)).as("on duty, not present").isZero();
    JsonNode presence = presenceOf(onDuty, staff);
    assertThat(presence.get("days").asInt()).isEqualTo(1);
    assertThat(presence.get("byMonth").toString()).isEqualTo("[0,1,0]");
    assertThat(presence.get("inQuarter").asBoolean()).isTrue();
    assertThat(presenceOf(alsoOnDuty, staff)).isNull();

    ApiClient.Response duty = api.get("/api/v1/deputies/" + alsoOnDuty + "/duty-days?year=2026", staff);
    assertThat(duty.json().get("items").get(0).get("dayId").asString()).isEqualTo(day);
    assertThat(api.get("/api/v1/deputies/" + alsoOnDuty + "/duty-days?year=2026", token("deputy1@qingshan")).status())
        .as("another deputy's duty days").isEqualTo(404);
  }

  ApiClient.Response tracked(String congressId, String code) {
    return api.get("/api/v1/public/" + congressId + "/voter-opinions/" + code, null);
  }


  JsonNode presenceOf(String deputyId, String staff) {
    ApiClient.Response all = api.get("/api/v1/stations/presence?year=2026&quarter=4&size=500", staff);
    assertThat(all.status()).as(all.body()).isEqualTo(200);
    for (JsonNode p : all.json().get("items")) {
      if (p.get("deputyId").asString().equals(deputyId)) {
        return p;
      }
    }
    return null;
  }

  /** The request answers {@code status} and leaves the days, opinions and record entries as they were. */
  static ApiClient.Response refusedWritingNothing(java.util.function.Supplier<ApiClient.Response> request, int status) {
    List<List<Document>> before = collections();
    ApiClient.Response response = request.get();
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(collections()).as("nothing written").isEqualTo(before);
    return response;
  }

  static List<List<Document>> collections() {
    return List.of(documentsOf(ReceptionDayDocument.COLLECTION), documentsOf(OpinionDocument.COLLECTION),
        documentsOf(RecordEntryDocument.COLLECTION)).stream().map(ReceptionDaysIT::withoutRelay).toList();
  }

  /** The relay removes published events on its own schedule (there are none here, but the field is there). */
  static List<Document> withoutRelay(List<Document> docs) {
    docs.forEach(d -> {
      d.remove("outbox");
      d.remove("outboxLease");
    });
    return docs;
  }
}
