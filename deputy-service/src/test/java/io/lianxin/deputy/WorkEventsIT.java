package io.lianxin.deputy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.deputy.persistence.RecordEntryDocument;
import io.lianxin.events.EventSchemaValidator;
import io.lianxin.events.Topics;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.TopicWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deputies' work as events, read from the embedded Kafka: a reception day scheduled (the deputies on duty in
 * it), rescheduled and held; a visit's two opinions collected, one assigned, answered and fed back, the other
 * taken up exactly as {@code lianxin.deputy.voter-opinion-taken-up.v1} says; an annual report heard and rated; a
 * training attended. Every event is valid against its schema and none carries the visitor's name or contact.
 * The record entries come from the events (each entry names the event it was counted from), and the held and
 * attended events sent again through the broker count nothing twice.
 */
class WorkEventsIT extends RunningServiceIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final EventSchemaValidator SCHEMAS = new EventSchemaValidator();
  static final String VISITOR = "李女士";
  static final String CONTACT = "13812345678";

  @Test
  void eachStepOfDeputiesWorkIsOneValidEventAndTheRecordComesFromThemOnce() {
    String staff = token("staff@qingshan");
    String first = fresh("D");
    String second = fresh("D");
    for (String d : List.of(first, second)) {
      api.put("/api/v1/deputies/" + d, staff, Map.of("name", "值班代表 " + d, "termStart", "2026-01-10"));
    }
    String unit = fresh("U");
    api.put("/api/v1/units/" + unit, staff, Map.of("name", "县城管局", "kind", "GOVERNMENT_DEPARTMENT"));
    String station = fresh("S");
    api.put("/api/v1/stations/" + station, staff, Map.of("kind", "HOME", "name", "城关镇代表之家", "address", "人民路 1 号"));
    api.post("/api/v1/stations/" + station + "/deputies", staff, Map.of("deputyIds", List.of(first, second)));

    String day = fresh("R");
    String dayPath = "/api/v1/reception-days/" + day;
    Map<String, Object> plan = Map.of("stationId", station, "date", "2026-11-14", "startsAt", "09:00", "endsAt", "11:30",
        "deputyIds", List.of(second, first));
    assertThat(api.put(dayPath, staff, plan).status()).isEqualTo(200);
    assertThat(api.put(dayPath, staff, plan).status()).as("the same plan again: no event").isEqualTo(200);
    assertThat(api.put(dayPath, staff, Map.of("stationId", station, "date", "2026-11-14", "startsAt", "09:30",
        "endsAt", "11:30", "deputyIds", List.of(first, second))).status()).isEqualTo(200);
    ApiClient.Response visit = api.post(dayPath + "/visits", staff, Map.of("visitorName", VISITOR, "contact", CONTACT,
        "opinions", List.of("背街小巷垃圾清运不及时", "希望在社区增设老年食堂")));
    assertThat(visit.status()).as(visit.body()).isEqualTo(200);
    String assigned = visit.json().get(0).get("trackingCode").asString();
    String takenUp = visit.json().get(1).get("trackingCode").asString();
    String opinion = "/api/v1/voter-opinions/";
    assertThat(api.post(opinion + assigned + "/assignment", staff, Map.of("unitId", unit)).status()).isEqualTo(200);
    assertThat(api.post(opinion + assigned + "/answer", staff, Map.of("answer", "已增加清运频次")).status()).isEqualTo(200);
    assertThat(api.post(opinion + assigned + "/feedback", staff, Map.of("mode", "SMS")).status()).isEqualTo(200);
    assertThat(api.post(opinion + takenUp + "/take-up", staff, Map.of("deputyId", second,
        "draftTitle", "关于增设社区老年食堂的建议")).status()).isEqualTo(200);
    assertThat(api.post(dayPath + "/holding", staff, Map.of("deputyIds", List.of(first))).status()).isEqualTo(200);

    String reports = "/api/v1/deputies/" + first + "/reports";
    assertThat(api.post(reports, staff, Map.of("year", 2026, "stationId", station, "hearingOn", "2026-12-20",
        "text", "述职报告")).status()).isEqualTo(200);
    assertThat(api.post(reports + "/2026/meeting", staff, Map.of("heldOn", "2026-12-20", "attendees", 2)).status())
        .isEqualTo(200);
    assertThat(api.post(reports + "/2026/ratings", staff, Map.of("raterId", "slip-1", "rating", "SATISFIED")).status())
        .isEqualTo(200);
    assertThat(api.post(reports + "/2026/rating-closure", staff, null).status()).isEqualTo(200);

    String session = fresh("T");
    String sessionPath = "/api/v1/trainings/" + session;
    api.put(sessionPath, staff, Map.of("title", "代表履职培训", "date", "2026-10-09", "mode", "ONLINE"));
    assertThat(api.post(sessionPath + "/attendance", staff, Map.of("deputyIds", List.of(first))).status()).isEqualTo(200);
    assertThat(api.post(sessionPath + "/attendance", staff, Map.of("deputyIds", List.of(first, second))).status())
        .isEqualTo(200);

    // the events on the broker, each valid against its schema, none with the visitor's name or contact
    await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(session).size() >= 2 && eventsOf(day).size() >= 3
        && eventsOf(first + "/2026").size() >= 2 && eventsOf(assigned).size() >= 4 && eventsOf(takenUp).size() >= 2);
    List<ConsumerRecord<String, String>> all = new ArrayList<>();
    for (String subject : List.of(day, assigned, takenUp, first + "/2026", session)) {
      all.addAll(eventsOf(subject));
    }
    all.forEach(r -> SCHEMAS.assertValid(r.value()));
    assertThat(all).as("no visitor data in any event").noneMatch(r -> r.value().contains(VISITOR)
        || r.value().contains(CONTACT) || r.value().contains("visitor") || r.value().contains("contact"));

    List<ConsumerRecord<String, String>> dayEvents = eventsOf(day);
    assertThat(dayEvents).extracting(RunningServiceIT::typeOf).containsExactly("lianxin.deputy.reception-day-scheduled.v1",
        "lianxin.deputy.reception-day-rescheduled.v1", "lianxin.deputy.reception-day-held.v1");
    JsonNode scheduled = data(dayEvents.get(0));
    assertThat(scheduled.get("deputyIds").toString()).as("the deputies on duty, to be told")
        .isEqualTo(JSON.valueToTree(List.of(first, second).stream().sorted().toList()).toString());
    assertThat(scheduled.get("date").asString()).isEqualTo("2026-11-14");
    assertThat(scheduled.get("stationId").asString()).isEqualTo(station);
    assertThat(data(dayEvents.get(1)).get("changed").toString()).isEqualTo("[\"startsAt\"]");
    assertThat(data(dayEvents.get(2)).get("deputiesPresent").toString()).isEqualTo("[\"" + first + "\"]");

    assertThat(eventsOf(assigned)).extracting(RunningServiceIT::typeOf).containsExactly(
        "lianxin.deputy.voter-opinion-collected.v1", "lianxin.deputy.voter-opinion-assigned.v1",
        "lianxin.deputy.voter-opinion-answered.v1", "lianxin.deputy.voter-opinion-fed-back.v1");
    assertThat(eventsOf(assigned)).extracting(r -> data(r).get("state").asString())
        .containsExactly("COLLECTED", "ASSIGNED", "ANSWERED", "FED_BACK");
    assertThat(data(eventsOf(assigned).get(1)).get("unitId").asString()).isEqualTo(unit);
    assertThat(data(eventsOf(assigned).get(3)).get("answer").asString()).isEqualTo("已增加清运频次");
    assertThat(eventsOf(assigned)).as("the text is only in the take-up that starts a draft")
        .noneMatch(r -> r.value().contains("背街小巷"));

    List<ConsumerRecord<String, String>> takeUp = eventsOf(takenUp);
    assertThat(takeUp).extracting(RunningServiceIT::typeOf).containsExactly("lianxin.deputy.voter-opinion-collected.v1",
        "lianxin.deputy.voter-opinion-taken-up.v1");
    JsonNode taken = data(takeUp.get(1));
    String today = taken.get("takenUpOn").asString();
    assertThat(taken).as("as the contract says").isEqualTo(JSON.readTree(JSON.writeValueAsString(Map.of(
        "trackingCode", takenUp, "congressId", DemoUsers.COUNTY, "stationId", station, "dayId", day,
        "receivedOn", "2026-11-14", "state", "TAKEN_UP", "deputyId", second, "draftTitle", "关于增设社区老年食堂的建议",
        "text", "希望在社区增设老年食堂", "takenUpOn", today))));

    assertThat(eventsOf(first + "/2026")).extracting(RunningServiceIT::typeOf).containsExactly(
        "lianxin.deputy.annual-report-heard.v1", "lianxin.deputy.annual-report-rated.v1");
    assertThat(data(eventsOf(first + "/2026").get(1)).get("ratings").toString())
        .isEqualTo("{\"SATISFIED\":1,\"BASICALLY_SATISFIED\":0,\"UNSATISFIED\":0}");
    List<ConsumerRecord<String, String>> attended = eventsOf(session);
    assertThat(attended).extracting(r -> data(r).get("deputyIds").toString())
        .as("each names those new to the session").containsExactly("[\"" + first + "\"]", "[\"" + second + "\"]");

    // the record, from the events: each entry names the event it was counted from
    awaitCounted(first, "RECEPTION_DAY", 2, staff, 1);
    awaitCounted(first, "ANNUAL_REPORT", 5, staff, 1);
    awaitCounted(first, "TRAINING", 2, staff, 1);
    awaitCounted(second, "TRAINING", 2, staff, 1);
    assertThat(countedInRecord(second, "RECEPTION_DAY", 2, staff)).as("on duty, not present").isZero();
    List<String> eventIds = all.stream().map(r -> CODEC.decode(r.value()).id()).toList();
    assertThat(entriesOf(first)).hasSize(3).allSatisfy(e -> assertThat(eventIds).contains(e.getString("eventId")));

    // the held and attended events again through the broker (a redelivery), then a marker in the same partition
    String marker = fresh("D");
    try (TopicWriter writer = new TopicWriter(EmbeddedInfra.shared().kafkaBootstrapServers())) {
      ConsumerRecord<String, String> held = dayEvents.get(2);
      writer.send(Topics.DEPUTY, held.key(), held.value());
      writer.send(Topics.DEPUTY, held.key(), held.value());
      writer.send(Topics.DEPUTY, attended.get(0).key(), attended.get(0).value());
      writer.send(Topics.DEPUTY, held.key(), heldBy(held.value(), marker));
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> entriesOf(marker).size() == 1);
    await().atMost(Duration.ofSeconds(30)).until(() -> entriesOf(first).size() == 3);
    assertThat(countedInRecord(first, "RECEPTION_DAY", 2, staff)).as("a redelivered event counts once").isEqualTo(1);
    assertThat(countedInRecord(first, "TRAINING", 2, staff)).isEqualTo(1);
  }

  /** A held event of another day, with a deputy of its own present (a new event id). */
  static String heldBy(String heldEvent, String deputyId) {
    ObjectNode e = (ObjectNode) JSON.readTree(heldEvent);
    e.put("id", UUID.randomUUID().toString());
    ObjectNode data = (ObjectNode) e.get("data");
    data.put("dayId", fresh("R"));
    data.putArray("deputiesPresent").add(deputyId);
    data.putArray("deputyIds").add(deputyId);
    SCHEMAS.assertValid(e.toString());
    return e.toString();
  }

  static JsonNode data(ConsumerRecord<String, String> record) {
    return CODEC.decode(record.value()).data();
  }

  static List<Document> entriesOf(String deputyId) {
    return documentsOf(RecordEntryDocument.COLLECTION).stream().filter(d -> deputyId.equals(d.getString("deputyId")))
        .toList();
  }
}
