package io.lianxin.deputy;

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
import java.util.concurrent.ThreadLocalRandom;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The year-end list as a file (年度履职积分排名导出): CSV and .xlsx read back equal, line by line, to the JSON list of the
 * same year; headers in zh-CN by default and en by Accept-Language; {@code format} wins over Accept; a deputy may not
 * export; a format not offered is 400.
 */
class RecordsExportIT extends RunningServiceIT {

  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Test
  void theFileHasTheListsLinesInBothFormatsAndLanguages() throws Exception {
    String staff = token("staff@qingshan");
    int year = ThreadLocalRandom.current().nextInt(2031, 2099);
    String named = fresh("D");
    assertThat(api.put("/api/v1/deputies/" + named, staff, Map.of("name", "代表, \"=甲\"", "termStart", "2026-01-10",
        "delegation", "城关代表团")).status()).isEqualTo(200);
    List<List<String>> expected = new ArrayList<>();
    for (int page = 0; ; page++) {
      ApiClient.Response r = api.get("/api/v1/records?size=500&page=" + page + "&year=" + year, staff);
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      for (JsonNode item : r.json().get("items")) {
        JsonNode rec = item.get("record");
        expected.add(List.of(item.get("rank").asString(), rec.get("deputyId").asString(), rec.get("points").asString(),
            rec.get("belowMinimum").asBoolean() ? "是" : "否"));
      }
      if (r.json().get("items").size() < 500) {
        break;
      }
    }
    assertThat(expected).as("the list has the deputy registered here").anySatisfy(l -> assertThat(l.get(1)).isEqualTo(named));

    HttpResponse<byte[]> csv = send(staff, "/api/v1/records/export?year=" + year, null, null);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Language")).hasValue("zh-CN");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("deputy-records-" + year + ".csv");
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF名次,代表编号,姓名,代表团,建议,议案,联名,");
    assertThat(text).as("a name with a comma and a quote, a formula-like text kept a text")
        .contains(named + ",\"代表, \"\"=甲\"\"\",城关代表团,");
    List<String> lines = List.of(text.substring(1).split("\r\n"));
    assertThat(lines).hasSize(expected.size() + 1);
    for (int i = 0; i < expected.size(); i++) {
      List<String> want = expected.get(i);
      String line = lines.get(i + 1);
      assertThat(line).as("line " + (i + 1)).startsWith(want.get(0) + "," + want.get(1) + ",")
          .endsWith("," + want.get(2) + ",10," + want.get(3));
    }

    HttpResponse<byte[]> xlsx = send(staff, "/api/v1/records/export?year=" + year, XLSX, "en;q=0.9, zh;q=0.5");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type")).hasValue(XLSX);
    assertThat(xlsx.headers().firstValue("Content-Language")).hasValue("en");
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()),
        new ReadingOptions(true, false))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(expected.size() + 1);
      assertThat(rows.get(0).getCellText(0)).isEqualTo("rank");
      assertThat(rows.get(0).getCellText(1)).isEqualTo("deputy id");
      int points = rows.get(0).getCellCount() - 3;
      assertThat(rows.get(0).getCellText(points)).isEqualTo("points");
      for (int i = 0; i < expected.size(); i++) {
        Row row = rows.get(i + 1);
        assertThat(row.getCellAsNumber(0)).hasValue(new BigDecimal(expected.get(i).get(0)));
        assertThat(row.getCellText(1)).isEqualTo(expected.get(i).get(1));
        assertThat(row.getCellAsNumber(points)).as("points a number").hasValue(new BigDecimal(expected.get(i).get(2)));
        assertThat(row.getCellText(points + 2)).isEqualTo(expected.get(i).get(3).equals("是") ? "yes" : "no");
      }
    }

    HttpResponse<byte[]> asked = send(staff, "/api/v1/records/export?format=CSV&year=" + year, XLSX, null);
    assertThat(asked.headers().firstValue("Content-Type").orElseThrow()).as("format wins").startsWith("text/csv");
    assertThat(send(token("deputy1@qingshan"), "/api/v1/records/export?year=" + year, null, null).statusCode())
        .isEqualTo(403);
    assertThat(send(staff, "/api/v1/records/export?format=PDF", null, null).statusCode()).isEqualTo(400);
  }

  HttpResponse<byte[]> send(String token, String path, String accept, String language) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET()
        .header("Authorization", "Bearer " + token);
    if (accept != null) {
      request.header("Accept", accept);
    }
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
