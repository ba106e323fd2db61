package io.lianxin.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.notification.application.RegisterCopyService;
import io.lianxin.notification.application.port.DirectoryStore;
import io.lianxin.notification.domain.RegisterName;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The directory: admin API per congress, CSV import with a report of rejected rows. */
@SpringBootTest(classes = NotificationServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.config.name=notification-service")
class DirectoryIT {

  @LocalServerPort
  int port;

  ApiClient api;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties("notification-directory-it").forEach((k, v) -> registry.add(k, () -> v));
  }

  @BeforeEach
  void client() {
    api = new ApiClient("http://127.0.0.1:" + port);
  }

  /**
   * The deputies the CSV lines name, in the copy of the register with the names the lines give: register events of
   * other test classes on the shared broker may have put deputies of this congress in the copy, and then an import
   * refuses a deputy the copy does not know (DirectoryService) — whichever class ran first.
   */
  void registerKnows(String deputyId, String name) {
    registerCopy.apply(new RegisterName(DemoUsers.get("admin@qingshan").congressId(), RegisterName.Kind.DEPUTY, deputyId,
        name, RegisterName.Status.ACTIVE, "0000000000000001.0000"));
  }

  String token(String user) {
    return EmbeddedInfra.shared().issuer().tokenFor(DemoUsers.get(user));
  }

  @Test
  void adminsManageTheirCongresssPeopleAndNobodyElseDoes() {
    Map<String, Object> person = Map.of("name", "王代表", "roles", List.of("DEPUTY"), "deputyId", "D-qingshan-001",
        "email", "wang@example.cn", "language", "zh-CN");
    ApiClient.Response saved = api.put("/api/v1/directory/people/deputy1@qingshan", token("admin@qingshan"), person);
    assertThat(saved.status()).isEqualTo(200);
    assertThat(api.get("/api/v1/directory/people/deputy1@qingshan", token("admin@qingshan")).json().get("email").asString())
        .isEqualTo("wang@example.cn");
    assertThat(api.get("/api/v1/directory/people/deputy1@qingshan", token("deputy1@qingshan")).status())
        .as("one's own entry").isEqualTo(200);
    assertThat(api.get("/api/v1/directory/people/deputy1@qingshan", token("deputy2@qingshan")).status())
        .as("someone else's entry: as if it were not there").isEqualTo(404);
    assertThat(api.get("/api/v1/directory/people/deputy1@qingshan", token("admin@hexi")).status())
        .as("another congress").isEqualTo(404);
    assertThat(api.put("/api/v1/directory/people/x", token("staff@qingshan"), person).status()).isEqualTo(403);

    ApiClient.Response badEmail = api.put("/api/v1/directory/people/deputy2@qingshan", token("admin@qingshan"),
        Map.of("name", "李代表", "roles", List.of("DEPUTY"), "deputyId", "D-qingshan-002", "email", "not-an-address"));
    assertThat(badEmail.status()).as("not an address: malformed input").isEqualTo(400);
    assertThat(badEmail.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
    assertThat(api.get("/api/v1/directory/people/deputy2@qingshan", token("admin@qingshan")).status()).isEqualTo(404);
  }

  @Test
  void theListIsOnePageWithTheTotalCountedAcrossAllPages() {
    String unit = "U-paging-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    for (String id : List.of("pg-a", "pg-b", "pg-c")) {
      assertThat(api.put("/api/v1/directory/people/" + unit + "-" + id, token("admin@hexi"), Map.of("name", "办理员 " + id,
          "roles", List.of("UNIT_HANDLER"), "unitId", unit)).status()).isEqualTo(200);
    }
    JsonNode second = api.get("/api/v1/directory/people?unitId=" + unit + "&page=1&size=2", token("admin@hexi")).json();
    assertThat(second.findValuesAsString("personId")).containsExactly(unit + "-pg-c");
    assertThat(second.get("total").asLong()).isEqualTo(3);
    assertThat(second.get("page").asInt()).isEqualTo(1);
    assertThat(second.get("size").asInt()).isEqualTo(2);
    assertThat(api.get("/api/v1/directory/people?unitId=" + unit, token("admin@qingshan")).json().get("total").asLong())
        .as("another congress's people are not counted").isZero();
    assertThat(api.get("/api/v1/directory/people?size=0", token("admin@hexi")).status()).isEqualTo(400);
    assertThat(api.get("/api/v1/directory/people?size=501", token("admin@hexi")).status()).isEqualTo(400);
    assertThat(api.get("/api/v1/directory/people?page=10001", token("admin@hexi")).status()).isEqualTo(400);
  }

  @Test
  void aCsvImportSavesTheGoodRowsAndReportsTheBadOnesByLine() {
    registerKnows("D-p1", "张三, 代表");
    String csv = "\uFEFFpersonId,name,roles,deputyId,unitId,workingBody,email,mobile,webhookUrl,language\n"
        + "p1,\"张三, 代表\",DEPUTY,D-p1,,,p1@example.cn,13800000001,,zh-CN\n"
        + "p2,李四,UNIT_HANDLER;UNIT_HEAD,,U-housing,,p2@example.cn,,,en\n"
        + "p3,王五,MAYOR,,,,,,,\n"
        + "p4,赵六,COMMITTEE_STAFF,,,选任代工委,broken-address,,,\n"
        + "p5,钱七,COMMITTEE_STAFF,,,选任代工委,,,,\n";
    ApiClient.Response report = api.post("/api/v1/directory/import", token("admin@qingshan"), csv,
        Map.of("Content-Type", "text/csv; charset=utf-8"));
    assertThat(report.status()).as(report.body()).isEqualTo(200);
    JsonNode json = report.json();
    assertThat(json.get("imported").asInt()).isEqualTo(3);
    assertThat(json.get("rejected")).hasSize(2);
    assertThat(json.get("rejected").get(0).get("line").asInt()).isEqualTo(4);
    assertThat(json.get("rejected").get(0).get("field").asString()).isEqualTo("roles");
    assertThat(json.get("rejected").get(1).get("line").asInt()).isEqualTo(5);
    assertThat(json.get("rejected").get(1).get("field").asString()).isEqualTo("email");
    assertThat(api.get("/api/v1/directory/people/p1", token("admin@qingshan")).json().get("name").asString())
        .isEqualTo("张三, 代表");
    JsonNode heads = api.get("/api/v1/directory/people?role=UNIT_HEAD", token("admin@qingshan")).json();
    assertThat(heads.get("items")).hasSize(1);
    assertThat(heads.get("total").asLong()).isEqualTo(1);
    assertThat(api.post("/api/v1/directory/import", token("staff@qingshan"), csv, Map.of("Content-Type", "text/csv"))
        .status()).isEqualTo(403);
    ApiClient.Response noHeader = api.post("/api/v1/directory/import", token("admin@qingshan"), "a,b\n",
        Map.of("Content-Type", "text/csv"));
    assertThat(noHeader.status()).isEqualTo(422);
  }

  @Test
  void aCsvLineForSomeoneInTheDirectoryUpdatesWhatItGivesAndKeepsTheRest() {
    registerKnows("D-a1", "管理员甲");
    String admin = token("admin@qingshan");
    assertThat(api.put("/api/v1/directory/people/a1", admin, Map.of("name", "管理员", "roles", List.of("ADMIN"),
        "email", "a1@example.cn", "mobile", "13800000009")).status()).isEqualTo(200);
    String csv = "personId,name,roles,deputyId,unitId,workingBody,email,mobile,webhookUrl,language\n"
        + "a1,管理员甲,DEPUTY,D-a1,,,,,,en\n";
    JsonNode report = api.post("/api/v1/directory/import", admin, csv, Map.of("Content-Type", "text/csv")).json();
    assertThat(report.get("updated").asInt()).isEqualTo(1);
    assertThat(report.get("created").asInt()).isZero();
    JsonNode person = api.get("/api/v1/directory/people/a1", admin).json();
    assertThat(person.get("name").asString()).isEqualTo("管理员甲");
    assertThat(person.get("roles")).extracting(JsonNode::asString).containsExactlyInAnyOrder("ADMIN", "DEPUTY");
    assertThat(person.get("email").asString()).isEqualTo("a1@example.cn");
    assertThat(person.get("mobile").asString()).isEqualTo("13800000009");
    assertThat(person.get("language").asString()).isEqualTo("en");
  }

  @Autowired
  RegisterCopyService registerCopy;

  @Autowired
  DirectoryStore directory;

  @Test
  void whereTheCongressKeepsItsRegisterADeputysLineMustAgreeWithItAndNothingElseOfTheFileIsLost() {
    String admin = token("admin@hexi");
    String congressId = DemoUsers.get("admin@hexi").congressId();
    registerCopy.apply(new RegisterName(congressId, RegisterName.Kind.DEPUTY, "D-hexi-r1", "周代表",
        RegisterName.Status.ACTIVE, "0000000000000001.0000"));
    String csv = "personId,name,roles,deputyId,unitId,workingBody,email,mobile,webhookUrl,language\n"
        + "r1,周代表,DEPUTY,D-hexi-r1,,,r1@example.cn,,,\n"
        + "r2,周大代表,DEPUTY,D-hexi-r1,,,r2@example.cn,,,\n"
        + "r3,吴代表,DEPUTY,D-hexi-none,,,r3@example.cn,,,\n"
        + "r4,郑干事,COMMITTEE_STAFF,,,选任代工委,r4@example.cn,,,\n";
    JsonNode report = api.post("/api/v1/directory/import", admin, csv, Map.of("Content-Type", "text/csv")).json();
    assertThat(report.get("imported").asInt()).as(report.toString()).isEqualTo(2);
    assertThat(report.get("rejected")).extracting(r -> r.get("line").asInt() + ":" + r.get("field").asString())
        .containsExactly("3:name", "4:deputyId");
    assertThat(directory.find(congressId, "r2")).isEmpty();
    assertThat(directory.find(congressId, "r3")).isEmpty();
    assertThat(directory.find(congressId, "r1").orElseThrow().email()).isEqualTo("r1@example.cn");
    assertThat(directory.find(congressId, "r4").orElseThrow().email()).isEqualTo("r4@example.cn");
    String rename = "personId,name,roles,deputyId,unitId,workingBody,email,mobile,webhookUrl,language\n"
        + "r1,周大代表,,,,,,,,\n";
    JsonNode renamed = api.post("/api/v1/directory/import", admin, rename, Map.of("Content-Type", "text/csv")).json();
    assertThat(renamed.get("rejected")).as("a line without the id still speaks of deputy D-hexi-r1")
        .extracting(r -> r.get("line").asInt() + ":" + r.get("field").asString()).containsExactly("2:name");
    assertThat(directory.find(congressId, "r1").orElseThrow().name()).isEqualTo("周代表");
  }
}
