package io.lianxin.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUser;
import io.lianxin.testkit.EmbeddedInfra;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The statistics export a committee office opens, and the business meters an operator scrapes,
 * against the running service: four items of one congress taken through HTTP — one replied on time,
 * one replied late, one overdue, one only submitted — then the CSV and the .xlsx workbook read back,
 * and the meters read from {@code /actuator/prometheus}.
 */
@SpringBootTest(classes = SuggestionServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=suggestion-service", "lianxin.management.scrape-password=scrape-secret",
        "lianxin.suggestion.meters-interval=300ms",
        // replies go out as the unit head signs them: the committee's review (ReplyReviewAndMotionPathIT) is off here
        "lianxin.suggestion.reply-review-off=C-export-it",
        "lianxin.suggestion.names.units[U-export-housing]=青山县住房和城乡建设局",
        "lianxin.suggestion.names.deputies[D-export-001]=代表 甲 (Deputy A)"})
@Import(MovingClock.AsServiceClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsExportIT {

  static final String CONGRESS = "C-export-it";
  static final String UNIT = "U-export-housing";
  static final DemoUser DEPUTY = DemoUser.deputy("deputy@export", "代表 甲 (Deputy A)", CONGRESS, "D-export-001");
  static final DemoUser STAFF = DemoUser.of("staff@export", "选任代工委", "COMMITTEE_STAFF", CONGRESS, null);
  static final DemoUser HANDLER = DemoUser.of("handler@export", "住建局承办人", "UNIT_HANDLER", CONGRESS, UNIT);
  static final DemoUser HEAD = DemoUser.of("head@export", "住建局局长", "UNIT_HEAD", CONGRESS, UNIT);
  static final String OVERDUE_TITLE = "关于加快老旧小区管网改造的建议";
  static final int DAYS_LATE = 5;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties("suggestion-export-it").forEach((k, v) -> registry.add(k, () -> v));
  }

  @LocalServerPort int port;
  @Autowired MovingClock clock;

  ApiClient api;
  LocalDate overdueDue;
  final HttpClient http = HttpClient.newHttpClient();

  String token(DemoUser user) {
    return EmbeddedInfra.shared().issuer().tokenFor(user);
  }

  JsonNode ok(ApiClient.Response r) {
    assertThat(r.status()).as(r.body()).isBetween(200, 201);
    return r.json();
  }

  JsonNode step(DemoUser user, String id, String step, Map<String, Object> body) {
    return ok(api.post("/api/v1/suggestions/" + id + "/" + step, token(user), body));
  }

  /** Submitted, registered, assigned to the housing bureau and accepted; returns the id. */
  String inProgress(String title) {
    String id = ok(api.post("/api/v1/suggestions", token(DEPUTY),
        Map.of("title", title, "body", "管网老化，雨季积水。", "category", "HOUSING"))).get("id").asString();
    step(STAFF, id, "registration", Map.of());
    step(STAFF, id, "assignment", Map.of("leadUnitId", UNIT));
    step(HANDLER, id, "acceptance", Map.of("handlerName", "王承办", "responsibleLeader", "李副局长"));
    return id;
  }

  void reply(String id) {
    step(HANDLER, id, "reply-draft", Map.of("category", "A", "text", "已完成改造。"));
    step(HEAD, id, "reply", Map.of());
  }

  @Autowired
  io.lianxin.suggestion.application.port.RegisterCopyStore register;

  @BeforeAll
  void fourItems() {
    api = new ApiClient("http://127.0.0.1:" + port);
    // the register names them as the report must show them (the register's name comes before lianxin.suggestion.names)
    register.put(new io.lianxin.suggestion.domain.RegisteredDeputy(DEPUTY.deputyId(), CONGRESS, "代表 甲 (Deputy A)",
        true, null, false), "0000000000000001.0000");
    register.put(new io.lianxin.suggestion.domain.RegisteredUnit(UNIT, CONGRESS, "青山县住房和城乡建设局", true, null),
        "0000000000000001.0000");
    clock.set(LocalDate.of(2026, 3, 2));
    String onTime = inProgress("关于增设小区充电桩的建议");
    String late = inProgress("关于规范物业服务收费的建议");
    String overdue = inProgress(OVERDUE_TITLE);
    ok(api.post("/api/v1/suggestions", token(DEPUTY),
        Map.of("title", "关于增设公交站点的建议", "body", "站点太远。", "category", "TRANSPORT")));
    reply(onTime);
    overdueDue = LocalDate.parse(ok(api.get("/api/v1/suggestions/" + overdue, token(STAFF))).get("replyDueDate").asString());
    clock.set(overdueDue.plusDays(DAYS_LATE));
    reply(late);
  }

  HttpResponse<byte[]> export(String query) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
        + "/api/v1/suggestions/statistics/export?year=2026" + query))
        .header("Authorization", "Bearer " + token(STAFF)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void theCsvShowsNamesPercentagesTheCountsByStateAndTheOverdueList() throws Exception {
    // when
    HttpResponse<byte[]> response = export("");
    // expect
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    String csv = new String(response.body(), StandardCharsets.UTF_8);
    List<String> lines = List.of(csv.substring(1).split("\r\n", -1));
    assertThat(csv).startsWith("\uFEFFsection / 部分,group / 分组,items / 件数,");
    assertThat(lines).contains(
        "total / 合计,全部 / all,4,2,1,50.0%,2,0,0,100.0%,0,0,0,0,0.0%,0,0,0,0,0.0%,0,0,0,0,1",
        "category / 类别,住房 / Housing,3,2,1,50.0%,2,0,0,100.0%,0,0,0,0,0.0%,0,0,0,0,0.0%,0,0,0,0,1",
        "category / 类别,交通 / Transport,1,0,0,0.0%,0,0,0,0.0%,0,0,0,0,0.0%,0,0,0,0,0.0%,0,0,0,0,0",
        "deputy / 代表,代表 甲 (Deputy A),4,2,1,50.0%,2,0,0,100.0%,0,0,0,0,0.0%,0,0,0,0,0.0%,0,0,0,0,1",
        "按状态 By state", "state / 状态,items / 件数", "已提交 / Submitted,1", "办理中 / In progress,1",
        "已答复 / Replied,2", "已办结 / Closed,0", "合计 / total,4",
        "逾期件 Overdue", "number / 编号,title / 标题,lead unit / 主办单位,reply due / 答复期限,days overdue / 逾期天数");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("unit / 承办单位,青山县住房和城乡建设局,3,2,1,50.0%,"));
    assertThat(lines).anySatisfy(l -> assertThat(l)
        .endsWith("," + OVERDUE_TITLE + ",青山县住房和城乡建设局," + overdueDue + "," + DAYS_LATE));
    assertThat(csv).doesNotContain(UNIT, "D-export-001", "HOUSING", "section / 类别", "0.5,");
  }

  @Test
  void theWorkbookHasASheetForTheSummaryTheStatesTheUnitsAndTheOverdueList() throws Exception {
    // when
    HttpResponse<byte[]> response = export("&format=XLSX");
    // expect
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("suggestions-2026.xlsx"));
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()),
        new ReadingOptions(true, false))) {
      assertThat(workbook.getSheets().map(Sheet::getName))
          .containsExactly("汇总 Summary", "按状态 By state", "按承办单位 By unit", "逾期件 Overdue");

      List<Row> summary = workbook.findSheet("汇总 Summary").orElseThrow().read();
      assertThat(summary.get(0).getCellText(0)).isEqualTo("section / 部分");
      int onTimeRate = column(summary.get(0), "on-time rate / 按时答复率");
      Row total = summary.get(1);
      assertThat(total.getCellText(1)).isEqualTo("全部 / all");
      assertThat(total.getCellAsNumber(2)).hasValue(new BigDecimal("4"));
      assertThat(total.getCell(onTimeRate).asNumber()).isEqualByComparingTo("0.5");
      assertThat(total.getCell(onTimeRate).getDataFormatString()).isEqualTo("0.0%");

      List<Row> states = workbook.findSheet("按状态 By state").orElseThrow().read();
      assertThat(numberIn(states, "已答复 / Replied")).hasValue(new BigDecimal("2"));
      assertThat(numberIn(states, "办理中 / In progress")).hasValue(new BigDecimal("1"));

      List<Row> units = workbook.findSheet("按承办单位 By unit").orElseThrow().read();
      assertThat(units.get(0).getCellText(0)).isEqualTo("unit / 承办单位");
      assertThat(units.get(1).getCellText(0)).isEqualTo("青山县住房和城乡建设局");
      assertThat(units.get(1).getCellAsNumber(1)).hasValue(new BigDecimal("3"));

      List<Row> overdue = workbook.findSheet("逾期件 Overdue").orElseThrow().read();
      assertThat(overdue).hasSize(2);
      assertThat(overdue.get(1).getCellText(1)).isEqualTo(OVERDUE_TITLE);
      assertThat(overdue.get(1).getCellText(2)).isEqualTo("青山县住房和城乡建设局");
      assertThat(overdue.get(1).getCellAsDate(3)).hasValue(overdueDue.atStartOfDay());
      assertThat(overdue.get(1).getCellAsNumber(4)).hasValue(new BigDecimal(DAYS_LATE));
    }
  }

  @Test
  void anUnknownFormatIsAProblemNamingTheFormatsThereAre() throws Exception {
    // when
    HttpResponse<byte[]> response = export("&format=pdf");
    // expect
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("CSV", "XLSX");
  }

  @Test
  void theBusinessMetersCountItemsByStateOverdueItemsAndRepliesOnTimeAndLate() throws Exception {
    // expect
    Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      String scrape = scrape();
      assertThat(meter(scrape, "lianxin_suggestion_items", "state=\"REPLIED\"")).isEqualTo(2.0);
      assertThat(meter(scrape, "lianxin_suggestion_items", "state=\"IN_PROGRESS\"")).isEqualTo(1.0);
      assertThat(meter(scrape, "lianxin_suggestion_items", "state=\"SUBMITTED\"")).isEqualTo(1.0);
      assertThat(meter(scrape, "lianxin_suggestion_items", "state=\"CLOSED\"")).isEqualTo(0.0);
      assertThat(meter(scrape, "lianxin_suggestion_overdue", "")).isEqualTo(1.0);
      assertThat(meter(scrape, "lianxin_suggestion_replies_total", "timeliness=\"on_time\"")).isEqualTo(1.0);
      assertThat(meter(scrape, "lianxin_suggestion_replies_total", "timeliness=\"late\"")).isEqualTo(1.0);
    });
    assertThat(scrape()).as("tagged by congress, never by person").doesNotContain("D-export-001", "deputy=", "unit=");
  }

  String scrape() throws Exception {
    String basic = Base64.getEncoder().encodeToString("prometheus:scrape-secret".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
        .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  /** The value of the sample of {@code name} for this test's congress whose labels include {@code label}. */
  static Double meter(String scrape, String name, String label) {
    Matcher m = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} (\\S+)$").matcher(scrape);
    while (m.find()) {
      if (m.group(1).contains("congress=\"" + CONGRESS + "\"") && m.group(1).contains(label)) {
        return Double.valueOf(m.group(2));
      }
    }
    return null;
  }

  static int column(Row header, String name) {
    for (int c = 0; c < header.getCellCount(); c++) {
      if (name.equals(header.getCellText(c))) {
        return c;
      }
    }
    throw new AssertionError("no column " + name);
  }

  static Optional<BigDecimal> numberIn(List<Row> rows, String first) {
    return rows.stream().filter(r -> first.equals(r.getCellText(0))).findFirst().flatMap(r -> r.getCellAsNumber(1));
  }
}
