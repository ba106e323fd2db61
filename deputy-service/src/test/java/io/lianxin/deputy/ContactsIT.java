package io.lianxin.deputy;

import static io.lianxin.deputy.ReceptionDaysIT.withoutRelay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.deputy.persistence.ContactDocument;
import io.lianxin.events.EventSchemaValidator;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The two links (双联系) by HTTP: a member of the standing committee's contacts with deputies and a deputy's with
 * voters, logged by the office and by the deputy themself; each refusal writes nothing; the yearly counts against
 * the minimum (4 a year by default) name those below it; each contact is one event valid against its schema.
 */
class ContactsIT extends RunningServiceIT {

  @Test
  void contactsAreLoggedOnceAndCountedAgainstTheYearlyMinimum() {
    String staff = token("staff@qingshan");
    String member = fresh("D");
    String busyMember = fresh("D");
    String deputy = fresh("D");
    String own = DemoUsers.get("deputy1@qingshan").deputyId();
    api.put("/api/v1/deputies/" + member, staff, Map.of("name", "常委 甲", "termStart", "2026-01-10",
        "standingCommitteeRole", "MEMBER"));
    api.put("/api/v1/deputies/" + busyMember, staff, Map.of("name", "常委 乙", "termStart", "2026-01-10",
        "standingCommitteeRole", "VICE_CHAIR"));
    api.put("/api/v1/deputies/" + deputy, staff, Map.of("name", "代表 丙", "termStart", "2026-01-10"));
    api.put("/api/v1/deputies/" + own, staff, Map.of("name", "青山县代表 甲", "termStart", "2026-01-10"));

    String logged = fresh("K");
    Map<String, Object> visit = Map.of("kind", "MEMBER_WITH_DEPUTY", "personId", member, "counterpartDeputyId", deputy,
        "mode", "VISIT", "on", "2026-11-20", "summary", "听取代表对老旧小区改造的意见");
    refusedWritingNothing(() -> put(fresh("K"), staff, Map.of("kind", "MEMBER_WITH_DEPUTY", "personId", deputy,
        "counterpartDeputyId", member, "mode", "PHONE", "on", "2026-11-20")), 422, "personId");
    refusedWritingNothing(() -> put(fresh("K"), staff, Map.of("kind", "MEMBER_WITH_DEPUTY", "personId", member,
        "counterpartDeputyId", "D-does-not-exist", "mode", "PHONE", "on", "2026-11-20")), 422, "D-does-not-exist");
    refusedWritingNothing(() -> put(fresh("K"), staff, Map.of("kind", "DEPUTY_WITH_VOTERS", "personId", deputy,
        "mode", "MEETING", "on", "2099-01-01", "votersMet", 3)), 422, "on");
    refusedWritingNothing(() -> put(fresh("K"), staff, Map.of("kind", "DEPUTY_WITH_VOTERS", "personId", deputy,
        "mode", "MEETING", "on", "2026-11-20")), 422, "votersMet");
    refusedWritingNothing(() -> put(fresh("K"), token("deputy1@qingshan"), visit), 404, "");
    refusedWritingNothing(() -> put(fresh("K"), token("staff@hexi"), visit), 422, "personId");
    refusedWritingNothing(() -> put(fresh("K"), staff, Map.of("kind", "CALL", "personId", member, "mode", "VISIT",
        "on", "2026-11-20")), 400, "");

    ApiClient.Response first = put(logged, staff, visit);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    refusedWritingNothing(() -> put(logged, staff, visit), 200, "");
    refusedWritingNothing(() -> put(logged, staff, Map.of("kind", "MEMBER_WITH_DEPUTY", "personId", member,
        "counterpartDeputyId", deputy, "mode", "PHONE", "on", "2026-11-20")), 409, "");
    for (int i = 0; i < 4; i++) {
      assertThat(put(fresh("K"), staff, Map.of("kind", "MEMBER_WITH_DEPUTY", "personId", busyMember,
          "counterpartDeputyId", deputy, "mode", "MEETING", "on", "2026-0" + (i + 3) + "-15")).status()).isEqualTo(200);
    }
    ApiClient.Response ownContact = put(fresh("K"), token("deputy1@qingshan"), Map.of("kind", "DEPUTY_WITH_VOTERS",
        "personId", own, "mode", "ONLINE", "on", "2026-10-08", "votersMet", 25));
    assertThat(ownContact.status()).as("a deputy logs their own").isEqualTo(200);

    assertThat(api.get("/api/v1/contacts/" + logged, token("deputy1@qingshan")).status()).as("another's").isEqualTo(404);
    assertThat(api.get("/api/v1/contacts/" + logged, token("staff@hexi")).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/contacts/" + logged, staff).json().get("summary").asString())
        .isEqualTo("听取代表对老旧小区改造的意见");
    assertThat(api.get("/api/v1/deputies/" + own + "/contacts?year=2026", token("deputy1@qingshan")).json()
        .get("total").asLong()).isEqualTo(1);
    assertThat(api.get("/api/v1/contact-counts?kind=MEMBER_WITH_DEPUTY", token("deputy1@qingshan")).status())
        .isEqualTo(403);

    Map<String, JsonNode> members = counts("MEMBER_WITH_DEPUTY", false, staff);
    assertThat(members.get(member).get("contacts").asLong()).isEqualTo(1);
    assertThat(members.get(member).get("minimum").asInt()).isEqualTo(4);
    assertThat(members.get(member).get("belowMinimum").asBoolean()).isTrue();
    assertThat(members.get(busyMember).get("belowMinimum").asBoolean()).isFalse();
    assertThat(members).as("only members of the standing committee are bound").doesNotContainKey(deputy);
    Map<String, JsonNode> below = counts("MEMBER_WITH_DEPUTY", true, staff);
    assertThat(below).containsKey(member).doesNotContainKey(busyMember);
    Map<String, JsonNode> voters = counts("DEPUTY_WITH_VOTERS", true, staff);
    assertThat(voters.get(own).get("contacts").asLong()).isEqualTo(1);
    assertThat(voters).containsKeys(deputy, member);
    ApiClient.Response both = api.get("/api/v1/contact-counts?year=2026&size=500", staff);
    List<String> kindsOfMember = new java.util.ArrayList<>();
    both.json().get("items").forEach(c -> {
      if (c.get("personId").asString().equals(member)) {
        kindsOfMember.add(c.get("kind").asString());
      }
    });
    assertThat(kindsOfMember).as("no kind: both, members' first").containsExactly("MEMBER_WITH_DEPUTY", "DEPUTY_WITH_VOTERS");

    await().atMost(Duration.ofSeconds(20)).until(() -> !eventsOf(logged).isEmpty());
    List<ConsumerRecord<String, String>> events = eventsOf(logged);
    assertThat(events).hasSize(1).extracting(RunningServiceIT::typeOf).containsExactly("lianxin.deputy.contact-logged.v1");
    new EventSchemaValidator().assertValid(events.get(0).value());
    JsonNode data = CODEC.decode(events.get(0).value()).data();
    assertThat(data.get("personId").asString()).isEqualTo(member);
    assertThat(data.get("counterpartDeputyId").asString()).isEqualTo(deputy);
    assertThat(events.get(0).value()).as("the office's note stays in the office").doesNotContain("老旧小区");
  }

  ApiClient.Response put(String contactId, String token, Map<String, Object> body) {
    return api.put("/api/v1/contacts/" + contactId, token, body);
  }

  Map<String, JsonNode> counts(String kind, boolean belowOnly, String staff) {
    ApiClient.Response r = api.get("/api/v1/contact-counts?kind=" + kind + "&year=2026&size=500&belowMinimum=" + belowOnly,
        staff);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    Map<String, JsonNode> byPerson = new HashMap<>();
    r.json().get("items").forEach(c -> byPerson.put(c.get("personId").asString(), c));
    return byPerson;
  }

  /** The request answers {@code status} naming {@code named}, and the contacts are as they were. */
  static void refusedWritingNothing(Supplier<ApiClient.Response> request, int status, String named) {
    List<Document> before = withoutRelay(documentsOf(ContactDocument.COLLECTION));
    ApiClient.Response response = request.get();
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.body()).contains(named);
    assertThat(withoutRelay(documentsOf(ContactDocument.COLLECTION))).as("nothing written").isEqualTo(before);
  }
}
