package io.lianxin.deputy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.events.EventSchemaValidator;
import io.lianxin.testkit.ApiClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The register through its API and on Kafka: each change is one event that the contract accepts,
 * an entry written again unchanged is no event, and another congress neither sees nor changes it.
 */
class RegisterEventsIT extends RunningServiceIT {

  @Test
  void eachChangeOfADeputyIsOneValidEventAndAnUnchangedEntryNone() {
    String id = fresh("D");
    Map<String, Object> entry = Map.of("name", "测试代表", "delegation", "城关镇代表团", "termStart", "2026-01-10");
    String staff = token("staff@qingshan");
    assertThat(api.put("/api/v1/deputies/" + id, staff, entry).status()).isEqualTo(200);
    assertThat(api.put("/api/v1/deputies/" + id, staff, entry).status()).as("the same entry again").isEqualTo(200);
    ApiClient.Response changed = api.put("/api/v1/deputies/" + id, staff,
        Map.of("name", "测试代表", "delegation", "河东镇代表团", "termStart", "2026-01-10"));
    assertThat(changed.json().get("delegation").asString()).isEqualTo("河东镇代表团");
    ApiClient.Response left = api.post("/api/v1/deputies/" + id + "/departure", staff,
        Map.of("reason", "RECALLED", "leftOn", "2027-03-01"));
    assertThat(left.status()).as(left.body()).isEqualTo(200);
    assertThat(left.json().get("status").asString()).isEqualTo("REMOVED");
    assertThat(api.put("/api/v1/deputies/" + id, staff, entry).status()).as("a removed deputy's entry is closed")
        .isEqualTo(409);

    await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(id).size() >= 3);
    List<ConsumerRecord<String, String>> events = eventsOf(id);
    EventSchemaValidator contract = new EventSchemaValidator();
    events.forEach(r -> contract.assertValid(r.value()));
    assertThat(events).extracting(r -> CODEC.decode(r.value()).type()).containsExactly(
        "lianxin.deputy.deputy-registered.v1", "lianxin.deputy.deputy-updated.v1", "lianxin.deputy.deputy-left.v1");
    assertThat(CODEC.decode(events.get(1).value()).data().get("changed").toString()).isEqualTo("[\"delegation\"]");
    assertThat(CODEC.decode(events.get(2).value()).data().get("reason").asString()).isEqualTo("RECALLED");
  }

  @Test
  void anotherCongressNeitherSeesNorChangesAnEntryAndAnUnknownSuperiorIsRefused() {
    String id = fresh("U");
    assertThat(api.put("/api/v1/units/" + id, token("staff@qingshan"),
        Map.of("name", "测试局", "kind", "GOVERNMENT_DEPARTMENT")).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/units/" + id, token("staff@hexi")).status()).isEqualTo(404);
    assertThat(api.post("/api/v1/units/" + id + "/dissolution", token("staff@hexi"), Map.of("leftOn", "2027-01-01")).status())
        .isEqualTo(404);
    ApiClient.Response unknownSuperior = api.put("/api/v1/units/" + id, token("staff@qingshan"),
        Map.of("name", "测试局", "kind", "GOVERNMENT_DEPARTMENT", "superiorUnitId", "U-does-not-exist"));
    assertThat(unknownSuperior.status()).isEqualTo(422);
    assertThat(unknownSuperior.body()).contains("superiorUnitId");
    assertThat(api.get("/api/v1/units/" + id, token("handler@qingshan")).json().get("superiorUnitId")).isNull();
  }

  @Test
  void theDeputyGroupTheHeadshipAndTheStandingCommitteeRoleAreEnteredShownAndPublished() {
    String head = fresh("D");
    String other = fresh("D");
    String delegation = "代表团 " + head;
    String staff = token("staff@qingshan");
    Map<String, Object> asHead = Map.of("name", "团长", "delegation", delegation, "deputyGroup", "第一代表小组",
        "delegationHead", true, "standingCommitteeRole", "VICE_CHAIR", "termStart", "2026-01-10");
    ApiClient.Response entered = api.put("/api/v1/deputies/" + head, staff, asHead);
    assertThat(entered.status()).as(entered.body()).isEqualTo(200);
    assertThat(entered.json().get("deputyGroup").asString()).isEqualTo("第一代表小组");
    assertThat(entered.json().get("delegationHead").asBoolean()).isTrue();
    assertThat(entered.json().get("standingCommitteeRole").asString()).isEqualTo("VICE_CHAIR");
    assertThat(entered.json().get("onChairsCouncil").asBoolean()).isTrue();
    assertThat(api.get("/api/v1/deputies/" + head, token("leader@qingshan")).json().get("deputyGroup").asString())
        .isEqualTo("第一代表小组");

    ApiClient.Response secondHead = api.put("/api/v1/deputies/" + other, staff, Map.of("name", "另一位",
        "delegation", delegation, "delegationHead", true, "termStart", "2026-01-10"));
    assertThat(secondHead.status()).as("one head per delegation").isEqualTo(422);
    assertThat(secondHead.body()).contains("delegationHead", head);
    ApiClient.Response headOfNothing = api.put("/api/v1/deputies/" + other, staff,
        Map.of("name", "另一位", "delegationHead", true, "termStart", "2026-01-10"));
    assertThat(headOfNothing.status()).as("a head needs a delegation").isEqualTo(422);
    assertThat(api.get("/api/v1/deputies/" + other, staff).status()).as("neither refusal entered anything").isEqualTo(404);
    assertThat(api.put("/api/v1/deputies/" + head, staff, Map.of("name", "团长", "delegation", delegation,
        "deputyGroup", "第一代表小组", "termStart", "2026-01-10")).status()).as("no longer head nor on the committee")
        .isEqualTo(200);

    await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(head).size() >= 2);
    List<ConsumerRecord<String, String>> events = eventsOf(head);
    events.forEach(r -> new EventSchemaValidator().assertValid(r.value()));
    assertThat(CODEC.decode(events.get(0).value()).data().get("standingCommitteeRole").asString()).isEqualTo("VICE_CHAIR");
    assertThat(CODEC.decode(events.get(0).value()).data().get("delegationHead").asBoolean()).isTrue();
    assertThat(CODEC.decode(events.get(1).value()).data().get("changed").toString())
        .isEqualTo("[\"delegationHead\",\"standingCommitteeRole\"]");
    assertThat(CODEC.decode(events.get(1).value()).data().has("standingCommitteeRole")).as("absent, not null").isFalse();
  }
}
