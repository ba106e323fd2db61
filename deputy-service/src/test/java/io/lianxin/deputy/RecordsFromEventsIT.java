package io.lianxin.deputy;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deputies' records (履职档案) from suggestion-service's events, sent through the embedded Kafka as that
 * service would: some twice (a redelivery), one item submitted again after being returned, one just after
 * midnight of 1 January in the congress's zone (still the old year in UTC), one of last year. Each record
 * equals what this test counts itself from the events it sent, read by the deputy's office, on the
 * year-end list and on the public page.
 */
class RecordsFromEventsIT extends RunningServiceIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final EventSchemaValidator SCHEMAS = new EventSchemaValidator();
  static final Map<String, Integer> POINTS = Map.of("SUGGESTION", 5, "MOTION", 10, "CO_SIGNATURE", 1);
  static final int MINIMUM = 10;

  @Autowired ZoneId zone;

  /** A submitted event valid against its schema (a new event id each time). */
  static String submitted(String suggestionId, String kind, String proposer, List<String> coSigners, Instant at) {
    String type = "lianxin.suggestion.submitted.v1";
    ObjectNode e = (ObjectNode) JSON.readTree(EventSchemaValidator.example(EventCatalog.find(type).orElseThrow()));
    e.put("id", UUID.randomUUID().toString()).put("time", at.toString()).put("subject", suggestionId)
        .put("congressid", DemoUsers.COUNTY);
    ObjectNode data = (ObjectNode) e.get("data");
    data.put("suggestionId", suggestionId).put("congressId", DemoUsers.COUNTY).put("kind", kind)
        .put("proposerDeputyId", proposer).put("submittedAt", at.toString());
    data.putArray("coSignerDeputyIds").addAll(coSigners.stream().map(JSON::valueToTree).map(JsonNode.class::cast).toList());
    SCHEMAS.assertValid(e.toString());
    return e.toString();
  }

  /** What this test counts from the events it sent: per deputy and year, each item once per deputy. */
  Map<String, Map<String, Long>> countedByTest(List<String> events, int year) {
    Map<String, Map<String, Long>> counts = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (String event : events) {
      JsonNode data = JSON.readTree(event).get("data");
      if (Instant.parse(data.get("submittedAt").asString()).atZone(zone).getYear() != year) {
        continue;
      }
      String item = data.get("suggestionId").asString();
      String proposer = data.get("proposerDeputyId").asString();
      if (seen.add(proposer + "/" + item)) {
        counts.computeIfAbsent(proposer, d -> new HashMap<>()).merge(data.get("kind").asString(), 1L, Long::sum);
      }
      for (JsonNode coSigner : data.get("coSignerDeputyIds")) {
        if (seen.add(coSigner.asString() + "/" + item)) {
          counts.computeIfAbsent(coSigner.asString(), d -> new HashMap<>()).merge("CO_SIGNATURE", 1L, Long::sum);
        }
      }
    }
    return counts;
  }

  static long points(Map<String, Long> counts) {
    return counts.entrySet().stream().mapToLong(c -> c.getValue() * POINTS.get(c.getKey())).sum();
  }

  static Map<String, Long> work(JsonNode record) {
    Map<String, Long> counts = new HashMap<>();
    for (JsonNode w : record.get("work")) {
      if (w.get("count").asLong() > 0) {
        counts.put(w.get("kind").asString(), w.get("count").asLong());
      }
    }
    return counts;
  }

  @Test
  void eachRecordEqualsWhatTheEventsSentCountAndARedeliveredEventChangesNothing() {
    String staff = token("staff@qingshan");
    int year = LocalDate.now(zone).getYear();
    Instant now = Instant.now();
    Instant justIntoTheYear = LocalDate.of(year, 1, 1).atStartOfDay(zone).plusMinutes(30).toInstant();
    Instant lastYear = LocalDate.of(year - 1, 6, 1).atStartOfDay(zone).toInstant();
    String p1 = fresh("D");
    String p2 = fresh("D");
    String c1 = fresh("D");
    String idle = fresh("D");
    String marker = fresh("D");
    for (String d : List.of(p1, p2, c1, idle, marker)) {
      ApiClient.Response put = api.put("/api/v1/deputies/" + d, staff, Map.of("name", "代表 " + d, "delegation", "城关镇代表团",
          "electoralUnit", "城关镇第一选区", "occupation", "教师", "termStart", (year - 1) + "-01-10"));
      assertThat(put.status()).as(put.body()).isEqualTo(200);
    }
    String s = fresh("S");
    String first = submitted(s + "1", "SUGGESTION", p1, List.of(c1), now);
    String second = submitted(s + "2", "SUGGESTION", p1, List.of(c1, p2), now);
    String motion = submitted(s + "3", "MOTION", p1, List.of(c1, p2), now);
    String p2Motion = submitted(s + "5", "MOTION", p2, List.of(c1, p1), now);
    List<String> events = List.of(
        first,
        second,
        motion,
        first, // redelivered: the same event again
        submitted(s + "4", "SUGGESTION", p2, List.of(), now),
        p2Motion,
        motion, // redelivered
        submitted(s + "2", "SUGGESTION", p1, List.of(c1, p2), now), // returned and submitted again: a new event id
        submitted(s + "6", "SUGGESTION", c1, List.of(p1), justIntoTheYear),
        submitted(s + "7", "SUGGESTION", p1, List.of(c1), lastYear),
        p2Motion); // redelivered
    Map<String, Map<String, Long>> expected = countedByTest(events, year);
    assertThat(expected.get(p1)).as("the test's own count").isEqualTo(Map.of("SUGGESTION", 2L, "MOTION", 1L,
        "CO_SIGNATURE", 2L));

    try (TopicWriter writer = new TopicWriter(EmbeddedInfra.shared().kafkaBootstrapServers())) {
      for (String e : events) {
        writer.send(Topics.SUGGESTION, s, e);
      }
      // a last one, in the same partition: once it is counted, every event before it has been handled
      writer.send(Topics.SUGGESTION, s, submitted(s + "9", "SUGGESTION", marker, List.of(), now));
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> record(marker, year, staff).get("points").asLong() == 5);

    for (String d : List.of(p1, p2, c1, idle)) {
      JsonNode record = record(d, year, staff);
      Map<String, Long> counted = expected.getOrDefault(d, Map.of());
      assertThat(work(record)).as(d).isEqualTo(counted);
      assertThat(record.get("points").asLong()).as(d).isEqualTo(points(counted));
      assertThat(record.get("belowMinimum").asBoolean()).as(d).isEqualTo(points(counted) < MINIMUM);
    }
    assertThat(work(record(p1, year - 1, staff))).as("last year's").isEqualTo(countedByTest(events, year - 1).get(p1));
    List<Document> p1Entries = documentsOf("record_entries").stream().filter(d -> p1.equals(d.getString("deputyId"))).toList();
    assertThat(p1Entries).as("one entry per item, each with the id of the event it was counted from").hasSize(6);
    assertThat(p1Entries).allMatch(d -> d.getString("eventId") != null);

    JsonNode list = api.get("/api/v1/records?year=" + year + "&size=500", staff).json();
    List<JsonNode> items = new ArrayList<>();
    list.get("items").forEach(items::add);
    assertThat(list.get("total").asLong()).isGreaterThanOrEqualTo(5);
    for (int i = 1; i < items.size(); i++) {
      assertThat(items.get(i).get("record").get("points").asLong()).as("highest points first")
          .isLessThanOrEqualTo(items.get(i - 1).get("record").get("points").asLong());
    }
    Map<String, JsonNode> listed = new HashMap<>();
    items.forEach(item -> listed.put(item.get("record").get("deputyId").asString(), item));
    assertThat(listed.keySet()).contains(p1, p2, c1, idle);
    assertThat(listed.get(p1).get("record").get("points").asLong()).isEqualTo(points(expected.get(p1)));
    assertThat(listed.get(idle).get("record").get("belowMinimum").asBoolean()).as("no work: named").isTrue();
    assertThat(listed.get(p1).get("rank").asInt()).isLessThan(listed.get(idle).get("rank").asInt());

    ApiClient.Response shown = api.get("/api/v1/public/" + DemoUsers.COUNTY + "/deputies/" + p1 + "/record?year=" + year, null);
    assertThat(shown.status()).as(shown.body()).isEqualTo(200);
    assertThat(shown.json().get("points").asLong()).isEqualTo(points(expected.get(p1)));
    assertThat(shown.body()).as("no personal data in public").doesNotContain("城关镇第一选区", "教师");

    assertThat(api.get("/api/v1/deputies/" + p1 + "/record", token("staff@hexi")).status()).as("another congress").isEqualTo(404);
    assertThat(api.get("/api/v1/deputies/" + p1 + "/record", token("deputy1@qingshan")).status()).as("another deputy's")
        .isEqualTo(404);
    assertThat(api.get("/api/v1/records", token("leader@qingshan")).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/public/" + DemoUsers.DISTRICT + "/deputies/" + p1 + "/record", null).status()).isEqualTo(404);
  }
}
