package io.lianxin.deputy;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deputies' records from supervision-service's events, sent through the embedded Kafka as that service would
 * (each valid against its schema): deputies allocated to activities — one allocation redelivered, one replaced
 * by a later one without a deputy, and the earlier one replayed after it (older by its sequence: no change) — site inspections of a livelihood project, one redelivered and one sent
 * again with a new event id, and an activity held (a count of those present, no names: not counted). Each
 * record equals what this test counts itself from the events it sent.
 */
class SupervisionRecordsIT extends RunningServiceIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final EventSchemaValidator SCHEMAS = new EventSchemaValidator();
  static final Map<String, Integer> POINTS = Map.of("SUPERVISION_ALLOCATION", 3, "SITE_INSPECTION", 2);

  /** An event of supervision-service like its example, with a new id and these data fields. */
  static String event(String type, Map<String, Object> fields) {
    ObjectNode e = (ObjectNode) JSON.readTree(EventSchemaValidator.example(EventCatalog.find(type).orElseThrow()));
    e.put("id", UUID.randomUUID().toString()).put("congressid", DemoUsers.COUNTY);
    ObjectNode data = (ObjectNode) e.get("data");
    data.put("congressId", DemoUsers.COUNTY);
    fields.forEach((k, v) -> data.set(k, JSON.valueToTree(v)));
    SCHEMAS.assertValid(e.toString());
    return e.toString();
  }

  static String allocated(String activityId, int year, List<String> deputyIds) {
    return allocated(activityId, year, deputyIds, 1);
  }

  /** An allocation of the activity's {@code version}-th change (its CloudEvents sequence orders them). */
  static String allocated(String activityId, int year, List<String> deputyIds, long version) {
    ObjectNode e = (ObjectNode) JSON.readTree(event("lianxin.supervision.deputies-allocated.v1", Map.of("activityId",
        activityId, "planYear", year, "deputyIds", deputyIds, "allocatedCount", deputyIds.size())));
    return e.put("sequence", EventEnvelope.sequence(version, 0)).toString();
  }

  static String inspected(String trackingId, int year, String on, List<String> deputyIds) {
    return event("lianxin.supervision.site-inspection-recorded.v1", Map.of("trackingId", trackingId, "year", year,
        "on", on, "deputyIds", deputyIds));
  }

  /**
   * What this test counts: the latest allocation of each activity (by sequence; of equal ones the last sent), and
   * each deputy once per project and day.
   */
  static Map<String, Map<String, Long>> countedByTest(List<String> events, int year) {
    Map<String, List<String>> lastAllocation = new LinkedHashMap<>();
    Map<String, String> lastSequence = new HashMap<>();
    Set<String> inspections = new HashSet<>();
    Map<String, Map<String, Long>> counts = new HashMap<>();
    for (String event : events) {
      JsonNode e = JSON.readTree(event);
      JsonNode data = e.get("data");
      String type = e.get("type").asString();
      if (type.equals("lianxin.supervision.deputies-allocated.v1") && data.get("planYear").asInt() == year
          && e.get("sequence").asString().compareTo(lastSequence.getOrDefault(data.get("activityId").asString(), "")) >= 0) {
        lastSequence.put(data.get("activityId").asString(), e.get("sequence").asString());
        List<String> deputies = new java.util.ArrayList<>();
        data.get("deputyIds").forEach(d -> deputies.add(d.asString()));
        lastAllocation.put(data.get("activityId").asString(), deputies);
      } else if (type.equals("lianxin.supervision.site-inspection-recorded.v1")
          && data.get("on").asString().startsWith(year + "-")) {
        for (JsonNode d : data.get("deputyIds")) {
          if (inspections.add(d.asString() + "/" + data.get("trackingId").asString() + "/" + data.get("on").asString())) {
            counts.computeIfAbsent(d.asString(), k -> new HashMap<>()).merge("SITE_INSPECTION", 1L, Long::sum);
          }
        }
      }
    }
    lastAllocation.values().forEach(deputies -> deputies.stream().distinct().forEach(d ->
        counts.computeIfAbsent(d, k -> new HashMap<>()).merge("SUPERVISION_ALLOCATION", 1L, Long::sum)));
    return counts;
  }

  @Test
  void eachRecordEqualsWhatTheSupervisionEventsSentCountAndARedeliveryChangesNothing() {
    String staff = token("staff@qingshan");
    int year = ThreadLocalRandom.current().nextInt(2030, 2099);
    String a = fresh("D");
    String b = fresh("D");
    String c = fresh("D");
    String marker = fresh("D");
    for (String d : List.of(a, b, c, marker)) {
      ApiClient.Response put = api.put("/api/v1/deputies/" + d, staff, Map.of("name", "代表 " + d,
          "termStart", "2026-01-10"));
      assertThat(put.status()).as(put.body()).isEqualTo(200);
    }
    int item = ThreadLocalRandom.current().nextInt(1, 900);
    String first = year + "-" + item;
    String second = year + "-" + (item + 1);
    String project = fresh("P");
    String firstAllocation = allocated(first, year, List.of(a, b));
    String inspection = inspected(project, year, year + "-05-10", List.of(a, b));
    List<String> events = List.of(
        firstAllocation,
        firstAllocation, // redelivered
        allocated(second, year, List.of(a, c)),
        allocated(first, year, List.of(a, c), 2), // replaces the first allocation: b is no longer on it
        firstAllocation, // the first allocation replayed late (from the dead-letter topic): older, changes nothing
        event("lianxin.supervision.activity-held.v1", Map.of("activityId", first, "planYear", year, "present", 2)),
        inspection,
        inspection, // redelivered
        inspected(project, year, year + "-05-10", List.of(b, c)), // the same day again, a new event id
        inspected(project, year, year + "-06-02", List.of(a)),
        inspected(project, year - 1, (year - 1) + "-12-30", List.of(c))); // last year's
    Map<String, Map<String, Long>> expected = countedByTest(events, year);
    assertThat(expected.get(a)).as("the test's own count").isEqualTo(Map.of("SUPERVISION_ALLOCATION", 2L,
        "SITE_INSPECTION", 2L));
    assertThat(expected.get(b)).isEqualTo(Map.of("SITE_INSPECTION", 1L));

    String key = DemoUsers.COUNTY + "/" + first;
    try (TopicWriter writer = new TopicWriter(EmbeddedInfra.shared().kafkaBootstrapServers())) {
      for (String e : events) {
        writer.send(Topics.SUPERVISION, key, e);
      }
      // a last one in the same partition: once it is counted, every event before it has been handled
      writer.send(Topics.SUPERVISION, key, inspected(fresh("P"), year, year + "-07-01", List.of(marker)));
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> work(marker, year, staff).equals(Map.of("SITE_INSPECTION", 1L)));

    for (String d : List.of(a, b, c)) {
      JsonNode record = record(d, year, staff);
      Map<String, Long> counted = expected.getOrDefault(d, Map.of());
      assertThat(work(record)).as(d).isEqualTo(counted);
      assertThat(record.get("points").asLong()).as(d)
          .isEqualTo(counted.entrySet().stream().mapToLong(w -> w.getValue() * POINTS.get(w.getKey())).sum());
    }
    assertThat(work(c, year - 1, staff)).as("last year's").isEqualTo(Map.of("SITE_INSPECTION", 1L));
  }

  Map<String, Long> work(String deputyId, int year, String staff) {
    return work(record(deputyId, year, staff));
  }

  static Map<String, Long> work(JsonNode record) {
    return RecordsFromEventsIT.work(record);
  }
}
