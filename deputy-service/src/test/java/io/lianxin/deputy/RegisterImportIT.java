package io.lianxin.deputy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.events.EventSchemaValidator;
import io.lianxin.testkit.ApiClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The CSV and xlsx imports by HTTP: good lines entered, bad lines reported by number and writing nothing,
 * a repeated line changing nothing and a changed one updating its entry with one event.
 */
class RegisterImportIT extends RunningServiceIT {

  static final String DEPUTY_HEADER = "deputyId,name,electoralUnit,delegation,deputyGroup,delegationHead,"
      + "standingCommitteeRole,occupation,termStart,termEnd\n";
  static final Map<String, String> CSV = Map.of("Content-Type", "text/csv");

  ApiClient.Response importDeputies(String csv) {
    return api.post("/api/v1/deputies/import", token("staff@qingshan"), csv, CSV);
  }

  static List<Integer> rejectedLines(JsonNode report) {
    List<Integer> lines = new ArrayList<>();
    report.get("rejected").forEach(r -> lines.add(r.get("line").asInt()));
    return lines;
  }

  @Test
  void goodLinesAreEnteredBadOnesReportedAndWriteNothingAndARepeatedLineChangesNothing() {
    String a = fresh("D");
    String b = fresh("D");
    String refused = fresh("D");
    String delegation = "城关镇代表团 " + a;
    String lineA = a + ",代表 甲,第一选区," + delegation + ",第一代表小组,true,MEMBER,教师,2026-01-10,2031-01-09\n";
    String lineB = b + ",\"代表 乙, 副\",,," + ",,,,2026-01-10,\n";
    List<Document> before = documentsOf("deputies");
    ApiClient.Response first = importDeputies(DEPUTY_HEADER + lineA + lineB
        + refused + ",无团之长,,,,true,,,2026-01-10,\n"
        + refused + ",日期不对,,,,,,,2026-13-01,\n"
        + refused + ",角色不对,,,,,PRESIDENT,,2026-01-10,\n"
        + refused + ",第二位团长,," + delegation + ",,true,,,2026-01-10,\n"
        + "bad id!,名字,,,,,,,2026-01-10,\n"
        + refused + ",列数不对\n");
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().get("imported").asInt()).isEqualTo(2);
    assertThat(first.json().get("created").asInt()).isEqualTo(2);
    assertThat(rejectedLines(first.json())).containsExactly(4, 5, 6, 7, 8, 9);
    assertThat(first.body()).contains("delegationHead", "termStart", "standingCommitteeRole", "deputyId",
        "团长须属于代表团 / a delegation head must have a delegation", "is already headed by " + a);
    List<Document> after = documentsOf("deputies");
    assertThat(after).as("only the good lines were written").hasSize(before.size() + 2);
    assertThat(after).extracting(d -> d.getString("deputyId")).doesNotContain(refused).contains(a, b);
    assertThat(after.containsAll(before)).as("nothing else changed").isTrue();
    JsonNode entered = api.get("/api/v1/deputies/" + a, token("staff@qingshan")).json();
    assertThat(entered.get("delegationHead").asBoolean()).isTrue();
    assertThat(entered.get("standingCommitteeRole").asString()).isEqualTo("MEMBER");
    assertThat(api.get("/api/v1/deputies/" + b, token("staff@qingshan")).json().get("name").asString())
        .isEqualTo("代表 乙, 副");

    List<Document> beforeRepeat = documentsOf("deputies");
    ApiClient.Response repeated = importDeputies(DEPUTY_HEADER + lineA + lineB.replace(",2026-01-10,", ",2026-02-01,"));
    assertThat(repeated.json().get("unchanged").asInt()).isEqualTo(1);
    assertThat(repeated.json().get("updated").asInt()).isEqualTo(1);
    assertThat(repeated.json().get("rejected").size()).isZero();
    assertThat(documentsOf("deputies")).as("the repeated line left its entry as it was")
        .contains(beforeRepeat.stream().filter(d -> a.equals(d.getString("deputyId"))).findFirst().orElseThrow());

    await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(b).size() >= 2);
    assertThat(eventsOf(a)).extracting(RunningServiceIT::typeOf).as("the repeated line: no event")
        .containsExactly("lianxin.deputy.deputy-registered.v1");
    assertThat(eventsOf(b)).extracting(RunningServiceIT::typeOf)
        .containsExactly("lianxin.deputy.deputy-registered.v1", "lianxin.deputy.deputy-updated.v1");
    eventsOf(b).forEach(r -> new EventSchemaValidator().assertValid(r.value()));
    assertThat(eventsOf(refused)).isEmpty();
  }

  @Test
  void unitsAreImportedWithTheirSuperiorAndAnUnknownSuperiorIsReported() {
    String gov = fresh("U");
    String dept = fresh("U");
    String orphan = fresh("U");
    ApiClient.Response report = api.post("/api/v1/units/import", token("admin@qingshan"),
        "unitId,name,kind,superiorUnitId\n" + gov + ",青山县人民政府,OTHER,\n" + dept + ",住建局,GOVERNMENT_DEPARTMENT," + gov
            + "\n" + orphan + ",无上级,GOVERNMENT_DEPARTMENT,U-does-not-exist\n" + orphan + ",类别不对,MINISTRY,\n", CSV);
    assertThat(report.status()).as(report.body()).isEqualTo(200);
    assertThat(report.json().get("created").asInt()).isEqualTo(2);
    assertThat(rejectedLines(report.json())).containsExactly(4, 5);
    assertThat(report.body()).contains("superiorUnitId", "U-does-not-exist", "kind");
    assertThat(api.get("/api/v1/units/" + dept, token("handler@qingshan")).json().get("superiorUnitId").asString())
        .isEqualTo(gov);
    assertThat(api.get("/api/v1/units/" + orphan, token("handler@qingshan")).status()).isEqualTo(404);
  }

  @Test
  void aFileWithTheWrongHeaderTooManyLinesOrTooManyBytesIsRefusedWhole() {
    List<Document> before = documentsOf("deputies");
    ApiClient.Response wrongHeader = importDeputies("id,name\n" + fresh("D") + ",x\n");
    assertThat(wrongHeader.status()).isEqualTo(422);
    assertThat(wrongHeader.body()).contains("deputyId,name,electoralUnit");
    ApiClient.Response tooManyLines = importDeputies(DEPUTY_HEADER + "\n".repeat(5_000) + fresh("D") + ",x,,,,,,,2026-01-10,\n");
    assertThat(tooManyLines.status()).isEqualTo(422);
    assertThat(tooManyLines.body()).contains("at most 5000 lines");
    ApiClient.Response tooLarge = importDeputies(DEPUTY_HEADER + (fresh("D") + ",x,,,,,,,2026-01-10,\n").repeat(8_000));
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(documentsOf("deputies")).isEqualTo(before);
    assertThat(api.post("/api/v1/deputies/import", token("deputy1@qingshan"), DEPUTY_HEADER, CSV).status())
        .as("a deputy may not import").isEqualTo(403);
  }

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final List<Object> DEPUTY_HEADER_CELLS = List.of("deputyId", "name", "electoralUnit", "delegation", "deputyGroup",
      "delegationHead", "standingCommitteeRole", "occupation", "termStart", "termEnd");

  /** A POST of a file's bytes as they are (ApiClient sends text). */
  ApiClient.Response postFile(String path, String token, byte[] file, String contentType) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build();
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      return new ApiClient.Response(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static List<Object> cells(Object... values) {
    return Arrays.asList(values);
  }

  @Test
  void aWorkbookIsImportedAsTheCsvIsWithTheSameColumnsAndPerLineReport() {
    String a = fresh("D");
    String b = fresh("D");
    String refused = fresh("D");
    String staff = token("staff@qingshan");
    byte[] workbook = TestWorkbooks.xlsx(List.of(DEPUTY_HEADER_CELLS,
        cells(a, "代表 甲", "第一选区", "城关镇代表团 " + a, null, true, "MEMBER", "教师", LocalDate.of(2026, 1, 10),
            LocalDate.of(2031, 1, 9)),
        cells(b, "代表 乙", null, null, null, false, null, null, "2026-01-10"),
        cells(refused, "角色不对", null, null, null, null, "PRESIDENT", null, LocalDate.of(2026, 1, 10)),
        cells(refused, "无任期"),
        cells(refused, "列数不对", null, null, null, null, null, null, LocalDate.of(2026, 1, 10), null, "多余")));
    List<Document> before = documentsOf("deputies");
    ApiClient.Response report = postFile("/api/v1/deputies/import", staff, workbook, XLSX);
    assertThat(report.status()).as(report.body()).isEqualTo(200);
    assertThat(report.json().get("created").asInt()).isEqualTo(2);
    assertThat(rejectedLines(report.json())).containsExactly(4, 5, 6);
    assertThat(report.body()).contains("standingCommitteeRole", "termStart", "expected 10 cells, found 11");
    List<Document> after = documentsOf("deputies");
    assertThat(after).as("only the good lines were written").hasSize(before.size() + 2);
    assertThat(after.containsAll(before)).as("nothing else changed").isTrue();
    JsonNode entered = api.get("/api/v1/deputies/" + a, staff).json();
    assertThat(entered.get("termStart").asString()).as("an Excel date cell").isEqualTo("2026-01-10");
    assertThat(entered.get("termEnd").asString()).isEqualTo("2031-01-09");
    assertThat(entered.get("delegationHead").asBoolean()).as("a boolean cell").isTrue();
    assertThat(api.get("/api/v1/deputies/" + b, staff).json().get("termStart").asString()).as("a date as text")
        .isEqualTo("2026-01-10");

    List<Document> beforeRepeat = documentsOf("deputies");
    ApiClient.Response repeated = postFile("/api/v1/deputies/import", staff, workbook, XLSX);
    assertThat(repeated.json().get("unchanged").asInt()).isEqualTo(2);
    assertThat(documentsOf("deputies")).as("the same workbook again changes nothing").isEqualTo(beforeRepeat);

    ApiClient.Response units = postFile("/api/v1/units/import", token("admin@qingshan"), TestWorkbooks.xlsx(List.of(
        List.of("unitId", "name", "kind", "superiorUnitId"), cells(fresh("U"), "住建局", "GOVERNMENT_DEPARTMENT"))), XLSX);
    assertThat(units.status()).as(units.body()).isEqualTo(200);
    assertThat(units.json().get("created").asInt()).isEqualTo(1);

    await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(b).size() >= 1);
    assertThat(eventsOf(a)).extracting(RunningServiceIT::typeOf).as("the repeated workbook: no event")
        .containsExactly("lianxin.deputy.deputy-registered.v1");
    eventsOf(a).forEach(r -> new EventSchemaValidator().assertValid(r.value()));
    assertThat(eventsOf(refused)).isEmpty();
  }

  @Test
  void aFileThatIsNotAWorkbookAWrongHeaderOrTooManyRowsIsRefusedWholeAsAProblem() {
    String staff = token("staff@qingshan");
    List<List<Object>> tooMany = new ArrayList<>();
    tooMany.add(DEPUTY_HEADER_CELLS);
    for (int i = 0; i < 5_000; i++) {
      tooMany.add(cells(fresh("D"), "代表", null, null, null, null, null, null, "2026-01-10"));
    }
    List<Document> before = documentsOf("deputies");
    ApiClient.Response empty = postFile("/api/v1/deputies/import", staff, new byte[0], XLSX);
    assertThat(empty.status()).as("no body at all").isEqualTo(400);
    assertThat(empty.header("Content-Type")).startsWith("application/problem+json");
    for (byte[] file : List.of(DEPUTY_HEADER.getBytes(StandardCharsets.UTF_8),
        Arrays.copyOf(TestWorkbooks.xlsx(List.of(DEPUTY_HEADER_CELLS)), 300))) {
      ApiClient.Response notAWorkbook = postFile("/api/v1/deputies/import", staff, file, XLSX);
      assertThat(notAWorkbook.status()).as(notAWorkbook.body()).isEqualTo(422);
      assertThat(notAWorkbook.header("Content-Type")).startsWith("application/problem+json");
      assertThat(notAWorkbook.body()).contains("not a readable .xlsx workbook");
    }
    ApiClient.Response wrongHeader = postFile("/api/v1/deputies/import", staff,
        TestWorkbooks.xlsx(List.of(List.of("id", "name"), cells(fresh("D"), "x"))), XLSX);
    assertThat(wrongHeader.status()).isEqualTo(422);
    assertThat(wrongHeader.body()).contains("deputyId,name,electoralUnit");
    byte[] large = TestWorkbooks.xlsx(tooMany);
    ApiClient.Response tooManyRows = postFile("/api/v1/deputies/import", staff, large, XLSX);
    assertThat(tooManyRows.status()).as(large.length + " bytes: " + tooManyRows.body()).isEqualTo(422);
    assertThat(tooManyRows.body()).contains("at most 5000 lines");
    assertThat(documentsOf("deputies")).isEqualTo(before);
    assertThat(postFile("/api/v1/deputies/import", token("deputy1@qingshan"), large, XLSX).status())
        .as("a deputy may not import").isEqualTo(403);
  }
}
