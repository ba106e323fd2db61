package io.lianxin.deputy;

import static io.lianxin.deputy.ReceptionDaysIT.withoutRelay;
import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.deputy.persistence.RecordEntryDocument;
import io.lianxin.deputy.persistence.TrainingSessionDocument;
import io.lianxin.testkit.ApiClient;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Training sessions (代表培训) by HTTP: attendance of active deputies, the yearly count and the record. */
class TrainingIT extends RunningServiceIT {

  @Test
  void attendanceOfActiveDeputiesIsCountedOncePerSessionInTheYearAndTheRecord() {
    String staff = token("staff@qingshan");
    String often = fresh("D");
    String once = fresh("D");
    for (String d : List.of(often, once)) {
      api.put("/api/v1/deputies/" + d, staff, Map.of("name", "参训代表", "termStart", "2026-01-10"));
    }
    String online = "/api/v1/trainings/" + fresh("T");
    String offline = "/api/v1/trainings/" + fresh("T");
    assertThat(api.put(online, staff, Map.of("title", "履职能力提升线上培训", "date", "2026-03-05", "mode", "ONLINE"))
        .status()).isEqualTo(200);
    assertThat(api.put(offline, staff, Map.of("title", "代表建议撰写培训", "date", "2026-09-10", "mode", "OFFLINE"))
        .status()).isEqualTo(200);

    List<List<Document>> before = written();
    ApiClient.Response unknown = api.post(online + "/attendance", staff,
        Map.of("deputyIds", List.of(often, "D-does-not-exist")));
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.body()).contains("D-does-not-exist");
    assertThat(api.post(online + "/attendance", token("staff@hexi"), Map.of("deputyIds", List.of(often))).status())
        .as("another congress").isEqualTo(404);
    assertThat(written()).as("refusals write nothing").isEqualTo(before);

    assertThat(api.post(online + "/attendance", staff, Map.of("deputyIds", List.of(often, once))).status()).isEqualTo(200);
    assertThat(api.post(online + "/attendance", staff, Map.of("deputyIds", List.of(often))).status())
        .as("again: no change").isEqualTo(200);
    ApiClient.Response second = api.post(offline + "/attendance", staff, Map.of("deputyIds", List.of(often)));
    assertThat(second.json().get("attendees").toString()).isEqualTo("[\"" + often + "\"]");

    assertThat(sessionsAttended(often, staff)).isEqualTo(2);
    assertThat(sessionsAttended(once, staff)).isEqualTo(1);
    awaitCounted(often, "TRAINING", 2, staff, 2);
    awaitCounted(once, "TRAINING", 2, staff, 1);
    assertThat(api.get(online, token("staff@hexi")).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/trainings?year=2026", token("deputy1@qingshan")).status()).isEqualTo(403);
  }

  List<List<Document>> written() {
    return List.of(withoutRelay(documentsOf(TrainingSessionDocument.COLLECTION)),
        documentsOf(RecordEntryDocument.COLLECTION));
  }

  int sessionsAttended(String deputyId, String staff) {
    for (JsonNode a : api.get("/api/v1/training-attendance?year=2026&size=500", staff).json().get("items")) {
      if (a.get("deputyId").asString().equals(deputyId)) {
        return a.get("sessions").asInt();
      }
    }
    return 0;
  }

}
