package io.lianxin.deputy;

import static io.lianxin.deputy.ReceptionDaysIT.refusedWritingNothing;
import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.deputy.persistence.AnnualReportDocument;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Annual reports to voters (年述职) by HTTP on the running service: filed once per deputy and year, heard at a
 * meeting and counted in the record, rated once per voter by the office, the counts on the public page.
 */
class AnnualReportsIT extends RunningServiceIT {

  @Test
  void aReportIsFiledOnceHeardRatedOncePerVoterAndShownWithItsCounts() {
    String staff = token("staff@qingshan");
    String deputy = fresh("D");
    api.put("/api/v1/deputies/" + deputy, staff, Map.of("name", "述职代表", "termStart", "2026-01-10"));
    String station = fresh("S");
    api.put("/api/v1/stations/" + station, staff, Map.of("kind", "HOME", "name", "代表之家", "address", "人民路 1 号"));
    String reports = "/api/v1/deputies/" + deputy + "/reports";
    Map<String, Object> filing = Map.of("year", 2026, "stationId", station, "hearingOn", "2026-12-20",
        "text", "一年来，我参加代表活动十二次，提出建议五件。");

    refusedWritingNothing(() -> api.post(reports, staff, Map.of("year", 2026, "stationId", "S-does-not-exist",
        "hearingOn", "2026-12-20", "text", "t")), 422);
    refusedWritingNothing(() -> api.post(reports, token("deputy1@qingshan"), filing), 404);
    refusedWritingNothing(() -> api.post(reports, token("staff@hexi"), filing), 404);
    ApiClient.Response filed = api.post(reports, staff, filing);
    assertThat(filed.status()).as(filed.body()).isEqualTo(200);
    assertThat(filed.json().get("state").asString()).isEqualTo("FILED");
    List<Document> before = documentsOf(AnnualReportDocument.COLLECTION);
    ApiClient.Response second = api.post(reports, staff, filing);
    assertThat(second.status()).as("one report per deputy and year").isEqualTo(409);
    assertThat(documentsOf(AnnualReportDocument.COLLECTION)).isEqualTo(before);
    assertThat(publicReports(deputy).get("total").asLong()).as("not shown before it is heard").isZero();

    String report = reports + "/2026";
    refusedWritingNothing(() -> api.post(report + "/ratings", staff, Map.of("raterId", "slip-1", "rating", "SATISFIED")),
        409);
    ApiClient.Response heard = api.post(report + "/meeting", staff, Map.of("heldOn", "2026-12-20", "attendees", 3));
    assertThat(heard.status()).as(heard.body()).isEqualTo(200);
    assertThat(heard.json().get("state").asString()).isEqualTo("HEARD");
    awaitCounted(deputy, "ANNUAL_REPORT", 5, staff, 1);

    rate(report, staff, "slip-1", "SATISFIED");
    rate(report, staff, "slip-2", "BASICALLY_SATISFIED");
    refusedWritingNothing(() -> api.post(report + "/ratings", staff, Map.of("raterId", "slip-1", "rating",
        "UNSATISFIED")), 409);
    rate(report, staff, "slip-3", "UNSATISFIED");
    refusedWritingNothing(() -> api.post(report + "/ratings", staff, Map.of("raterId", "slip-4", "rating",
        "SATISFIED")), 422);
    refusedWritingNothing(() -> api.post(report + "/ratings", token("staff@hexi"), Map.of("raterId", "slip-9",
        "rating", "SATISFIED")), 404);
    ApiClient.Response closed = api.post(report + "/rating-closure", staff, null);
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    refusedWritingNothing(() -> api.post(report + "/ratings", staff, Map.of("raterId", "slip-5", "rating",
        "SATISFIED")), 409);

    JsonNode shown = publicReports(deputy).get("items").get(0);
    assertThat(shown.get("state").asString()).isEqualTo("RATED");
    assertThat(shown.get("attendees").asInt()).isEqualTo(3);
    assertThat(shown.get("ratings").toString())
        .isEqualTo("{\"SATISFIED\":1,\"BASICALLY_SATISFIED\":1,\"UNSATISFIED\":1}");
    assertThat(shown.toString()).as("no rater ids in public").doesNotContain("slip-");
    assertThat(api.get(reports, token("deputy1@qingshan")).status()).as("another deputy's reports").isEqualTo(404);
    assertThat(api.get(reports, staff).json().get("items").get(0).get("ratings").get("SATISFIED").asInt()).isEqualTo(1);
    assertThat(countedInRecord(deputy, "ANNUAL_REPORT", 5, staff)).as("still counted once").isEqualTo(1);
  }

  @Test
  void aDeputyFilesTheirOwnReport() {
    String staff = token("staff@qingshan");
    String own = DemoUsers.get("deputy1@qingshan").deputyId();
    api.put("/api/v1/deputies/" + own, staff, Map.of("name", "青山县代表 甲", "termStart", "2026-01-10"));
    String station = fresh("S");
    api.put("/api/v1/stations/" + station, staff, Map.of("kind", "ROOM", "name", "联络室", "address", "河东村"));
    ApiClient.Response filed = api.post("/api/v1/deputies/" + own + "/reports", token("deputy1@qingshan"),
        Map.of("year", 2030, "stationId", station, "hearingOn", "2031-01-15", "text", "述职报告"));
    assertThat(filed.status()).as(filed.body()).isEqualTo(200);
    assertThat(api.get("/api/v1/deputies/" + own + "/reports", token("deputy1@qingshan")).json().get("total").asLong())
        .isEqualTo(1);
  }

  void rate(String report, String staff, String rater, String rating) {
    ApiClient.Response rated = api.post(report + "/ratings", staff, Map.of("raterId", rater, "rating", rating));
    assertThat(rated.status()).as(rated.body()).isEqualTo(200);
  }

  JsonNode publicReports(String deputyId) {
    ApiClient.Response shown = api.get("/api/v1/public/" + DemoUsers.COUNTY + "/deputies/" + deputyId + "/reports", null);
    assertThat(shown.status()).as(shown.body()).isEqualTo(200);
    return shown.json();
  }

}
