package io.lianxin.deputy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.events.EventSchemaValidator;
import io.lianxin.testkit.ApiClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The CSV imports by HTTP: good lines entered, bad lines reported by number and writing nothing,
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
}
