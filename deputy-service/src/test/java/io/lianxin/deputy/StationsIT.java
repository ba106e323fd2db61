package io.lianxin.deputy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.events.EventSchemaValidator;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Homes and stations by HTTP and on Kafka: registered, deputies of the register attached, shown to anyone, closed. */
class StationsIT extends RunningServiceIT {

  @Test
  void aStationTakesOnlyActiveDeputiesIsShownWithoutPersonalDataAndPublishesEachChange() {
    String staff = token("staff@qingshan");
    String active = fresh("D");
    String left = fresh("D");
    String station = fresh("S");
    api.put("/api/v1/deputies/" + active, staff, Map.of("name", "在任代表", "termStart", "2026-01-10"));
    api.put("/api/v1/deputies/" + left, staff, Map.of("name", "离任代表", "termStart", "2026-01-10"));
    api.post("/api/v1/deputies/" + left + "/departure", staff, Map.of("reason", "MOVED_AWAY", "leftOn", "2026-06-01"));

    ApiClient.Response registered = api.put("/api/v1/stations/" + station, staff,
        Map.of("kind", "HOME", "name", "城关镇人大代表之家", "address", "人民路 1 号", "township", "城关镇"));
    assertThat(registered.status()).as(registered.body()).isEqualTo(200);
    ApiClient.Response unknown = api.post("/api/v1/stations/" + station + "/deputies", staff,
        Map.of("deputyIds", List.of(active, left, "D-does-not-exist")));
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.body()).contains("deputyIds", left, "D-does-not-exist").doesNotContain(active + ",");
    ApiClient.Response attached = api.post("/api/v1/stations/" + station + "/deputies", staff,
        Map.of("deputyIds", List.of(active)));
    assertThat(attached.status()).as(attached.body()).isEqualTo(200);
    assertThat(attached.json().get("deputyIds").toString()).isEqualTo("[\"" + active + "\"]");

    assertThat(api.get("/api/v1/stations/" + station, token("staff@hexi")).status()).as("another congress").isEqualTo(404);
    assertThat(api.post("/api/v1/stations/" + station + "/closure", token("staff@hexi"), Map.of("closedOn", "2027-01-01"))
        .status()).isEqualTo(404);
    JsonNode shown = publicStation(station);
    assertThat(shown.get("deputyCount").asInt()).isEqualTo(1);
    assertThat(shown.get("address").asString()).isEqualTo("人民路 1 号");
    assertThat(shown.has("deputyIds")).as("no one's personal data in public").isFalse();

    assertThat(api.post("/api/v1/stations/" + station + "/closure", staff, Map.of("closedOn", "2027-12-31")).status())
        .isEqualTo(200);
    assertThat(publicStation(station)).as("a closed station is not listed").isNull();
    assertThat(api.post("/api/v1/stations/" + station + "/deputies", staff, Map.of("deputyIds", List.of(active)))
        .status()).isEqualTo(409);

    await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(station).size() >= 3);
    List<ConsumerRecord<String, String>> events = eventsOf(station);
    events.forEach(r -> new EventSchemaValidator().assertValid(r.value()));
    assertThat(events).extracting(RunningServiceIT::typeOf).containsExactly("lianxin.deputy.station-registered.v1",
        "lianxin.deputy.station-updated.v1", "lianxin.deputy.station-closed.v1");
    assertThat(CODEC.decode(events.get(1).value()).data().get("deputyIds").toString()).isEqualTo("[\"" + active + "\"]");
  }

  JsonNode publicStation(String stationId) {
    ApiClient.Response list = api.get("/api/v1/public/" + DemoUsers.COUNTY + "/stations?size=500", null);
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    for (JsonNode s : list.json().get("items")) {
      if (s.get("stationId").asString().equals(stationId)) {
        return s;
      }
    }
    return null;
  }
}
