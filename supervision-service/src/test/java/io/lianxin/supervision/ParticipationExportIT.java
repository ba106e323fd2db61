package io.lianxin.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.testkit.ApiClient;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The allocation and lead-speaker reports as files, against the running service: an activity with deputies allocated
 * and lead speakers named by HTTP, then the CSV and the workbook — chosen by {@code format} or by Accept, headers by
 * Accept-Language — read back and compared line by line with the JSON report of the same year; roles and bad input.
 */
class ParticipationExportIT extends RunningServiceIT {

  /** A plan year no other test of this JVM uses (the topic and the database are shared). */
  static final int YEAR = 2035;

  static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void theFilesHoldTheJsonReportsLinesInTheReadersLanguage() throws Exception {
    // given: an activity of the year with two deputies allocated and three lead speakers
    String staff = token("staff@qingshan");
    assertThat(api.post("/api/v1/plans", staff, Map.of("year", YEAR, "items", List.of(
        AnnualPlanIT.item("PARTY_COMMITTEE", null, "WORK_REPORT_REVIEW", "U-qingshan-housing", 2)))).status())
        .isEqualTo(201);
    assertThat(api.post("/api/v1/plans/" + YEAR + "/adoption", token("leader@qingshan"), Map.of()).status())
        .isEqualTo(200);
    String activity = "/api/v1/activities/" + YEAR + "-1";
    assertThat(api.post(activity + "/preparation", staff, Map.of()).status()).isEqualTo(200);
    assertThat(api.post(activity + "/allocation", staff, Map.of("deputyIds", List.of("D-qingshan-001",
        "D-qingshan-002"))).status()).isEqualTo(200);
    assertThat(api.post(activity + "/lead-speakers", staff, Map.of("deputyIds", List.of("D-qingshan-004",
        "D-qingshan-005", "D-qingshan-006"))).status()).isEqualTo(200);

    // when: the allocation report as CSV in Chinese (no Accept-Language), in English
    List<List<String>> allocations = expectedLines("/api/v1/reports/allocations?year=" + YEAR, staff);
    HttpResponse<byte[]> zh = send(staff, "/api/v1/reports/allocations/export?year=" + YEAR, null, null);
    HttpResponse<byte[]> en = send(staff, "/api/v1/reports/allocations/export?year=" + YEAR, "text/csv",
        "en-GB,en;q=0.9,zh;q=0.5");
    // expect
    assertThat(zh.statusCode()).isEqualTo(200);
    assertThat(zh.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(zh.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("supervision-allocations-" + YEAR + ".csv"));
    assertThat(zh.headers().firstValue("Content-Language")).hasValue("zh-CN");
    List<String> zhLines = csvLines(zh);
    assertThat(zhLines.get(0)).isEqualTo("代表,代表编号,参加监督活动次数,年度最低次数,差额");
    assertThat(zhLines.subList(1, zhLines.size())).containsExactlyElementsOf(
        allocations.stream().map(l -> String.join(",", l)).toList());
    assertThat(zhLines).as("a deputy allocated once is one short of 2").anySatisfy(l ->
        assertThat(l).endsWith(",D-qingshan-001,1,2,1"));
    assertThat(en.headers().firstValue("Content-Language")).hasValue("en");
    List<String> enLines = csvLines(en);
    assertThat(enLines.get(0)).isEqualTo("deputy,deputy id,activities allocated,yearly minimum,short by");
    assertThat(enLines.subList(1, enLines.size())).isEqualTo(zhLines.subList(1, zhLines.size()));

    // when: the lead-speaker report as a workbook, chosen by Accept alone, in English
    List<List<String>> speakers = expectedLines("/api/v1/reports/lead-speakers?year=" + YEAR, staff);
    HttpResponse<byte[]> xlsx = send(token("leader@qingshan"), "/api/v1/reports/lead-speakers/export?year=" + YEAR,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "en");
    // expect
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type"))
        .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(xlsx.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("supervision-lead-speakers-" + YEAR + ".xlsx"));
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()),
        new ReadingOptions(true, false))) {
      assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Lead speakers " + YEAR);
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(OpinionReportExportIT.cellsOf(rows.get(0), 5)).containsExactly("standing-committee member",
          "deputy id", "lead speeches", "yearly minimum", "short by");
      assertThat(rows).hasSize(speakers.size() + 1);
      for (int r = 0; r < speakers.size(); r++) {
        assertThat(OpinionReportExportIT.cellsOf(rows.get(r + 1), 5)).as("row " + r).containsExactlyElementsOf(speakers.get(r));
        for (int c = 2; c < 5; c++) {
          assertThat(rows.get(r + 1).getCellAsNumber(c)).as("a figure is a number")
              .hasValue(new BigDecimal(speakers.get(r).get(c)));
        }
      }
      assertThat(speakers).as("a lead speaker once is two short of 3")
          .anySatisfy(l -> assertThat(l.subList(1, 5)).containsExactly("D-qingshan-004", "1", "3", "2"));
    }
    // and format= wins over Accept
    HttpResponse<byte[]> asked = send(staff, "/api/v1/reports/lead-speakers/export?year=" + YEAR + "&format=CSV",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "zh-CN");
    assertThat(asked.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csvLines(asked).get(0)).isEqualTo("常委会组成人员,代表编号,中心发言次数,年度最低次数,差额");
  }

  @Test
  void theExportsHaveTheJsonReportsRolesAndRefuseBadInput() throws Exception {
    for (String report : List.of("allocations", "lead-speakers")) {
      String at = "/api/v1/reports/" + report + "/export?year=" + YEAR;
      assertThat(send(token("admin@qingshan"), at, null, null).statusCode()).isEqualTo(200);
      assertThat(send(token("deputy1@qingshan"), at, null, null).statusCode()).isEqualTo(403);
      assertThat(send(token("handler@qingshan"), at, null, null).statusCode()).isEqualTo(403);
      assertThat(send(null, at, null, null).statusCode()).isEqualTo(401);
      assertThat(send(token("staff@qingshan"), at + "&format=PDF", null, null).statusCode()).isEqualTo(400);
      assertThat(send(token("staff@qingshan"), "/api/v1/reports/" + report + "/export?year=99999", null, null)
          .statusCode()).isEqualTo(400);
      assertThat(send(token("staff@qingshan"), at, "application/pdf", null).statusCode()).isEqualTo(406);
      String otherCongress = new String(send(token("staff@hexi"), at, null, null).body(), StandardCharsets.UTF_8);
      assertThat(otherCongress).as("another congress's file has none of this one's deputies").doesNotContain("qingshan");
    }
  }

  /** The JSON report's lines as the file's: name (the register's), id, count, minimum, short by. */
  List<List<String>> expectedLines(String path, String staff) {
    JsonNode report = api.get(path, staff).json();
    long minimum = report.get("minimum").asLong();
    List<List<String>> lines = new ArrayList<>();
    report.get("lines").forEach(l -> {
      String id = l.get("deputyId").asString();
      long count = l.get("activities").asLong();
      String name = register.deputy(io.lianxin.testkit.DemoUsers.COUNTY, id).map(d -> d.name()).orElse(id);
      lines.add(List.of(name, id, Long.toString(count), Long.toString(minimum), Long.toString(Math.max(0, minimum - count))));
    });
    assertThat(lines).isNotEmpty();
    return lines;
  }

  static List<String> csvLines(HttpResponse<byte[]> response) {
    String csv = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF").endsWith("\r\n");
    return List.of(csv.substring(1, csv.length() - 2).split("\r\n", -1));
  }

  HttpResponse<byte[]> send(String token, String path, String accept, String language) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (accept != null) {
      request.header("Accept", accept);
    }
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
