package io.lianxin.deputy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.events.EventSchemaValidator;
import io.lianxin.events.Topics;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.TopicReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The register of congresses (levels, parents, terms; who writes which) and the working bodies of the standing
 * committee (工委) through the API: every refusal leaves the collection as it was, every change is one event the
 * contract accepts, read back from Kafka.
 */
class CongressesAndWorkingBodiesIT extends RunningServiceIT {

  static final EventSchemaValidator CONTRACT = new EventSchemaValidator();

  /** A token of an admin of {@code congressId} (the demo issuer signs any congress). */
  static String adminOf(String congressId) {
    return EmbeddedInfra.shared().issuer().sign(DemoUsers.get("admin@qingshan"), Map.of("congress_id", congressId));
  }

  /** The events whose subject is exactly {@code subject}, in order. */
  static List<ConsumerRecord<String, String>> eventsWithSubject(String subject) {
    return TopicReader.read(EmbeddedInfra.shared().kafkaBootstrapServers(), Topics.DEPUTY,
        v -> v.contains("\"subject\":\"" + subject + "\""), Duration.ofMillis(500));
  }

  static Map<String, Object> term(int number, String start, String end) {
    return end == null ? Map.of("number", number, "start", start) : Map.of("number", number, "start", start, "end", end);
  }

  static Map<String, Object> congress(String name, String level, String parent, List<Map<String, Object>> terms) {
    return parent == null ? Map.of("name", name, "level", level, "terms", terms)
        : Map.of("name", name, "level", level, "parentCongressId", parent, "terms", terms);
  }

  /** Sends a request that must be refused with {@code status} and checks that the collection is as it was. */
  static ApiClient.Response refused(String collection, int status, Supplier<ApiClient.Response> request) {
    // the relay's bookkeeping is left out: it publishes an earlier command's events whenever it gets to them
    List<Document> before = ReceptionDaysIT.withoutRelay(documentsOf(collection));
    ApiClient.Response response = request.get();
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(ReceptionDaysIT.withoutRelay(documentsOf(collection))).as("a refusal writes nothing").isEqualTo(before);
    return response;
  }

  @Test
  void congressesAreEnteredOneLevelUnderTheirParentWithTermsByTheirOwnOrTheirParentsAdmin() {
    String city = fresh("cn-city");
    String county = fresh("cn-county");
    List<Map<String, Object>> terms = List.of(term(17, "2021-01-10", "2026-01-09"), term(18, "2026-01-10", null));
    Map<String, Object> cityEntry = congress("云州市人民代表大会", "CITY", null, terms);
    ApiClient.Response entered = api.put("/api/v1/congresses/" + city, adminOf(city), cityEntry);
    assertThat(entered.status()).as(entered.body()).isEqualTo(200);
    assertThat(entered.json().get("currentTerm").asInt()).as("the term containing today").isEqualTo(18);
    assertThat(api.put("/api/v1/congresses/" + city, adminOf(city), cityEntry).status()).as("the same again").isEqualTo(200);
    ApiClient.Response child = api.put("/api/v1/congresses/" + county, adminOf(city),
        congress("青山县人民代表大会", "COUNTY", city, List.of(term(18, "2026-01-10", "2031-01-09"))));
    assertThat(child.status()).as("the parent's admin enters a congress below it: " + child.body()).isEqualTo(200);
    ApiClient.Response renamed = api.put("/api/v1/congresses/" + county, adminOf(county),
        congress("青山县人大", "COUNTY", city, List.of(term(18, "2026-01-10", "2031-01-09"))));
    assertThat(renamed.status()).as("its own admin changes it: " + renamed.body()).isEqualTo(200);

    refused("congresses", 403, () -> api.put("/api/v1/congresses/" + county, adminOf(fresh("cn-county")),
        congress("冒名", "COUNTY", city, List.of())));
    refused("congresses", 403, () -> api.put("/api/v1/congresses/" + county,
        EmbeddedInfra.shared().issuer().sign(DemoUsers.get("staff@qingshan"), Map.of("congress_id", county)),
        congress("工作人员", "COUNTY", city, List.of())));
    String township = fresh("cn-township");
    assertThat(refused("congresses", 422, () -> api.put("/api/v1/congresses/" + township, adminOf(city),
        congress("某镇人大", "TOWNSHIP", city, List.of()))).body())
        .contains("parentCongressId", "the parent of a TOWNSHIP congress must be a COUNTY congress");
    assertThat(refused("congresses", 422, () -> api.put("/api/v1/congresses/" + township, adminOf(township),
        congress("某镇人大", "TOWNSHIP", "cn-county-nowhere", List.of()))).body())
        .contains("no congress cn-county-nowhere in the register");
    assertThat(refused("congresses", 422, () -> api.put("/api/v1/congresses/" + city, adminOf(city),
        congress("云州市人民代表大会", "CITY", null, List.of(term(17, "2021-01-10", "2026-01-09"),
            term(18, "2026-01-09", null))))).body()).contains("terms 17 and 18 overlap");
    assertThat(refused("congresses", 422, () -> api.put("/api/v1/congresses/" + city, adminOf(city),
        congress("云州市人民代表大会", "PROVINCIAL", null, terms))).body()).contains("level", county);
    refused("congresses", 422, () -> api.put("/api/v1/congresses/" + township, adminOf(township),
        congress("全国人大", "NATIONAL", city, List.of())));
    refused("congresses", 400, () -> api.put("/api/v1/congresses/" + township, adminOf(township),
        congress("某镇人大", "TOWNSHIP", null, List.of(term(0, "2026-01-10", null)))));

    JsonNode read = api.get("/api/v1/congresses/" + county, token("deputy1@hexi")).json();
    assertThat(read.get("parentCongressId").asString()).as("any signed-in caller reads any congress").isEqualTo(city);
    assertThat(read.get("name").asString()).isEqualTo("青山县人大");
    JsonNode below = api.get("/api/v1/congresses?parentCongressId=" + city, token("citizen1@qingshan")).json();
    assertThat(below.get("total").asInt()).isEqualTo(1);
    assertThat(below.get("items").get(0).get("congressId").asString()).isEqualTo(county);
    assertThat(api.get("/api/v1/congresses/" + township, token("staff@qingshan")).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/congresses/" + county, null).status()).isEqualTo(401);

    await().atMost(Duration.ofSeconds(20)).until(() -> eventsWithSubject(county).size() >= 2);
    List<ConsumerRecord<String, String>> ofCity = eventsWithSubject(city);
    List<ConsumerRecord<String, String>> ofCounty = eventsWithSubject(county);
    ofCity.forEach(r -> CONTRACT.assertValid(r.value()));
    ofCounty.forEach(r -> CONTRACT.assertValid(r.value()));
    assertThat(ofCity).extracting(RunningServiceIT::typeOf).as("the same entry again: no event")
        .containsExactly("lianxin.deputy.congress-registered.v1");
    assertThat(CODEC.decode(ofCity.get(0).value()).data().get("terms").toString())
        .isEqualTo("[{\"number\":17,\"start\":\"2021-01-10\",\"end\":\"2026-01-09\"},{\"number\":18,\"start\":\"2026-01-10\"}]");
    assertThat(CODEC.decode(ofCity.get(0).value()).data().has("parentCongressId")).as("absent, not null").isFalse();
    assertThat(ofCounty).extracting(RunningServiceIT::typeOf)
        .containsExactly("lianxin.deputy.congress-registered.v1", "lianxin.deputy.congress-updated.v1");
    assertThat(CODEC.decode(ofCounty.get(1).value()).data().get("changed").toString()).isEqualTo("[\"name\"]");
    assertThat(CODEC.decode(ofCounty.get(1).value()).congressId()).as("the congress is its own tenant").isEqualTo(county);
    assertThat(eventsWithSubject(township)).as("nothing refused was published").isEmpty();
  }

  @Test
  void aWorkingBodyHasAHeadOnTheStandingCommitteeAndMembersFromTheRegister() {
    String staff = token("staff@qingshan");
    String head = fresh("D");
    String member1 = fresh("D");
    String member2 = fresh("D");
    String notOnCommittee = fresh("D");
    String departed = fresh("D");
    assertThat(api.put("/api/v1/deputies/" + head, staff, Map.of("name", "主任", "standingCommitteeRole", "MEMBER",
        "termStart", "2026-01-10")).status()).isEqualTo(200);
    for (String id : List.of(member1, member2, notOnCommittee, departed)) {
      assertThat(api.put("/api/v1/deputies/" + id, staff, Map.of("name", "代表 " + id, "termStart", "2026-01-10"))
          .status()).isEqualTo(200);
    }
    assertThat(api.post("/api/v1/deputies/" + departed + "/departure", staff,
        Map.of("reason", "RESIGNED", "leftOn", "2026-06-01")).status()).isEqualTo(200);

    String body = fresh("W");
    Map<String, Object> entry = Map.of("name", "选任代工委", "kind", "DEPUTY_AFFAIRS", "headDeputyId", head,
        "memberDeputyIds", List.of(member2, member1));
    ApiClient.Response entered = api.put("/api/v1/working-bodies/" + body, staff, entry);
    assertThat(entered.status()).as(entered.body()).isEqualTo(200);
    assertThat(entered.json().get("memberDeputyIds").toString()).isEqualTo(List.of(member1, member2).stream()
        .sorted().map(id -> "\"" + id + "\"").toList().toString().replace(" ", ""));
    assertThat(api.put("/api/v1/working-bodies/" + body, staff, Map.of("name", "选任代工委", "kind", "DEPUTY_AFFAIRS",
        "headDeputyId", head, "memberDeputyIds", List.of(member1, member2))).status()).as("the same, reordered")
        .isEqualTo(200);
    assertThat(api.put("/api/v1/working-bodies/" + body, staff, Map.of("name", "选任代工委", "kind", "DEPUTY_AFFAIRS",
        "headDeputyId", head, "memberDeputyIds", List.of(member1))).status()).isEqualTo(200);

    assertThat(refused("working_bodies", 422, () -> api.put("/api/v1/working-bodies/" + body, staff, Map.of("name", "x",
        "kind", "OTHER", "headDeputyId", notOnCommittee, "memberDeputyIds", List.of()))).body())
        .contains("headDeputyId", "the head must be on the standing committee");
    assertThat(refused("working_bodies", 422, () -> api.put("/api/v1/working-bodies/" + fresh("W"), staff, Map.of(
        "name", "x", "kind", "OTHER", "headDeputyId", "D-nobody", "memberDeputyIds", List.of()))).body())
        .contains("no active deputy D-nobody");
    assertThat(refused("working_bodies", 422, () -> api.put("/api/v1/working-bodies/" + body, staff, Map.of("name", "x",
        "kind", "OTHER", "headDeputyId", head, "memberDeputyIds", List.of(member1, departed, "D-nobody")))).body())
        .contains("memberDeputyIds", departed, "D-nobody");
    assertThat(refused("working_bodies", 422, () -> api.put("/api/v1/working-bodies/" + body, staff, Map.of("name", "x",
        "kind", "OTHER", "headDeputyId", head, "memberDeputyIds", List.of(member1, member1)))).body())
        .contains("members listed twice");
    refused("working_bodies", 403, () -> api.put("/api/v1/working-bodies/" + body, token("deputy1@qingshan"), entry));
    refused("working_bodies", 404, () -> api.post("/api/v1/working-bodies/" + body + "/dissolution", token("staff@hexi"),
        Map.of("dissolvedOn", "2027-12-31")));
    assertThat(api.get("/api/v1/working-bodies/" + body, token("staff@hexi")).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/working-bodies/" + body, token("handler@qingshan")).json().get("headDeputyId").asString())
        .isEqualTo(head);

    ApiClient.Response dissolved = api.post("/api/v1/working-bodies/" + body + "/dissolution", staff,
        Map.of("dissolvedOn", "2027-12-31"));
    assertThat(dissolved.json().get("status").asString()).isEqualTo("DISSOLVED");
    refused("working_bodies", 409, () -> api.put("/api/v1/working-bodies/" + body, staff, entry));
    refused("working_bodies", 409, () -> api.post("/api/v1/working-bodies/" + body + "/dissolution", staff,
        Map.of("dissolvedOn", "2028-01-01")));

    await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(body).size() >= 3);
    List<ConsumerRecord<String, String>> events = new ArrayList<>(eventsOf(body));
    events.forEach(r -> CONTRACT.assertValid(r.value()));
    assertThat(events).extracting(RunningServiceIT::typeOf).containsExactly("lianxin.deputy.working-body-registered.v1",
        "lianxin.deputy.working-body-updated.v1", "lianxin.deputy.working-body-dissolved.v1");
    assertThat(CODEC.decode(events.get(1).value()).data().get("changed").toString()).isEqualTo("[\"memberDeputyIds\"]");
    assertThat(CODEC.decode(events.get(2).value()).data().get("dissolvedOn").asString()).isEqualTo("2027-12-31");
    assertThat(CODEC.decode(events.get(2).value()).data().get("headDeputyId").asString()).as("the whole entry").isEqualTo(head);
  }
}
