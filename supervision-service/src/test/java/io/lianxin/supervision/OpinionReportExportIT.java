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
import java.time.LocalDate;
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
 * The yearly report as the files a committee office opens, against the running service: opinions issued
 * by HTTP (one with its list), then the CSV and the .xlsx workbook read back and compared, line by line and
 * figure by figure, with the JSON report of the same year; the roles of the JSON report, bad input refused.
 */
class OpinionReportExportIT extends RunningServiceIT {

  static final List<String> FIGURES = List.of("opinions", "problems", "measures", "measuresDoneOnTime", "satisfied",
      "secondDeliberations", "accountabilityReferrals", "open");
  static final String HEADER = "body / 被监督单位,unit id / 单位编号,opinions / 审议意见,problems / 问题,measures / 整改措施,"
      + "measures done on time / 按期完成措施,satisfied / 满意,second deliberations / 二次审议,"
      + "accountability referrals / 追责问效,open / 未办结";

  static final HttpClient HTTP = HttpClient.newHttpClient();

  final int year = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();

  @Test
  void theCsvAndTheWorkbookHoldTheJsonReportsFiguresPerBody() throws Exception {
    // given: two opinions of this year, one with its rectification list
    String staff = token("staff@qingshan");
    String listed = issue(staff, List.of("改造进度慢", "资金拨付不到位"));
    issue(staff, List.of("群众参与不足"));
    ApiClient.Response list = api.post("/api/v1/opinions/" + listed + "/rectification-list", token("handler@qingshan"),
        Map.of("measures", List.of(OpinionLoopIT.measure(List.of(1, 2), "制定三年行动计划", "2099-04-30"))));
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    List<List<String>> expected = jsonLines(staff);
    assertThat(expected.get(0).get(2)).as("the total counts the opinions issued here").isNotEqualTo("0");

    // when: the CSV
    HttpResponse<byte[]> csvResponse = export(staff, "");
    // expect
    assertThat(csvResponse.statusCode()).isEqualTo(200);
    assertThat(csvResponse.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csvResponse.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("supervision-opinions-" + year + ".csv"));
    String csv = new String(csvResponse.body(), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF").endsWith("\r\n");
    List<String> lines = List.of(csv.substring(1, csv.length() - 2).split("\r\n", -1));
    assertThat(lines.get(0)).isEqualTo(HEADER);
    assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(
        expected.stream().map(l -> String.join(",", l)).toList());

    // when: the workbook
    HttpResponse<byte[]> xlsx = export(staff, "&format=XLSX");
    // expect
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type"))
        .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(xlsx.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("supervision-opinions-" + year + ".xlsx"));
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()),
        new ReadingOptions(true, false))) {
      assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("审议意见 Opinions " + year);
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(String.join(",", cellsOf(rows.get(0), 10))).isEqualTo(HEADER);
      assertThat(rows).hasSize(expected.size() + 1);
      for (int r = 0; r < expected.size(); r++) {
        Row row = rows.get(r + 1);
        assertThat(cellsOf(row, 10)).as("row " + r).containsExactlyElementsOf(expected.get(r));
        for (int c = 2; c < 10; c++) {
          assertThat(row.getCellAsNumber(c)).as("a count is a number").hasValue(new BigDecimal(expected.get(r).get(c)));
        }
      }
    }
  }

  @Test
  void theExportHasTheJsonReportsRolesAndRefusesBadInput() throws Exception {
    assertThat(export(token("leader@qingshan"), "&format=XLSX").statusCode()).isEqualTo(200);
    assertThat(export(token("deputy1@qingshan"), "").statusCode()).isEqualTo(403);
    assertThat(export(token("handler@qingshan"), "").statusCode()).isEqualTo(403);
    assertThat(export(null, "").statusCode()).isEqualTo(401);
    assertThat(export(token("staff@qingshan"), "&format=PDF").statusCode()).isEqualTo(400);
    assertThat(send(token("staff@qingshan"), "/api/v1/reports/opinions/export?year=99999").statusCode()).isEqualTo(400);
    String otherCongress = new String(export(token("staff@hexi"), "").body(), StandardCharsets.UTF_8);
    assertThat(otherCongress).as("another congress's report has none of this one's bodies").doesNotContain("qingshan");
  }

  String issue(String staff, List<String> problems) {
    ApiClient.Response issued = api.post("/api/v1/opinions", staff, Map.of("title", "关于老旧小区改造的审议意见",
        "text", "审议认为……", "bodyUnitId", "U-qingshan-housing", "problems", problems));
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    return issued.json().get("opinionId").asString();
  }

  /** The JSON report as the export's lines: the total, then each body; name, unit id, the figures. */
  List<List<String>> jsonLines(String staff) {
    JsonNode report = api.get("/api/v1/reports/opinions?year=" + year, staff).json();
    List<List<String>> lines = new ArrayList<>();
    lines.add(line("合计 / total", "", report.get("total")));
    report.get("bodies").forEach(b -> lines.add(line(b.get("bodyName").asString(), b.get("bodyUnitId").asString(), b)));
    return lines;
  }

  static List<String> line(String name, String unitId, JsonNode figures) {
    List<String> line = new ArrayList<>(List.of(name, unitId));
    FIGURES.forEach(f -> line.add(Long.toString(figures.get(f).asLong())));
    return line;
  }

  static List<String> cellsOf(Row row, int columns) {
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      cells.add(row.getCellText(c));
    }
    return cells;
  }

  HttpResponse<byte[]> export(String token, String more) throws Exception {
    return send(token, "/api/v1/reports/opinions/export?year=" + year + more);
  }

  HttpResponse<byte[]> send(String token, String path) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
