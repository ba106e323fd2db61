package io.lianxin.devstack;

import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Demo content for a fresh devstack: a county congress (青山县) with suggestions in every state of
 * their life, of the kinds the source essays describe, by invented deputies; a couple in the
 * district congress too. Each item is created with a fixed Idempotency-Key: loading twice within a
 * day creates nothing new and skips the later steps.
 */
final class DemoData {

  /** How far an item is taken. */
  enum Stage { DRAFT, SUBMITTED, REGISTERED, NOT_REGISTERED, WITHDRAWN, ASSIGNED, DISPUTED, IN_PROGRESS, REPLIED,
    UNSATISFIED, REHANDLING, CLOSED, PUBLISHED }

  private record Sample(String deputy, String title, String body, String category, Stage stage) {}

  private static final String HOUSING = "U-qingshan-housing";

  private static final List<Sample> SAMPLES = List.of(
      new Sample("deputy1@qingshan", "关于老旧小区加装电梯的建议", "多个老旧小区老人上下楼困难，建议简化审批、给予补贴。", "HOUSING", Stage.PUBLISHED),
      new Sample("deputy2@qingshan", "关于建设社区老年食堂的建议", "独居老人就餐难，建议依托社区服务站建设老年食堂。", "ELDERLY_CARE", Stage.CLOSED),
      new Sample("deputy1@qingshan", "关于整治城中村排水管网的建议", "雨季积水严重，建议改造排水管网。", "URBAN_MANAGEMENT", Stage.REHANDLING),
      new Sample("deputy2@qingshan", "关于规范物业服务收费的建议", "部分小区物业收费不透明，建议加强监管。", "HOUSING", Stage.UNSATISFIED),
      new Sample("deputy1@qingshan", "关于推进保障性住房建设的建议", "新就业群体租房压力大，建议增加保障性租赁住房。", "HOUSING", Stage.REPLIED),
      new Sample("deputy2@qingshan", "关于加快农村危房改造的建议", "部分农户住房存在安全隐患，建议加快改造进度。", "AGRICULTURE_RURAL", Stage.IN_PROGRESS),
      new Sample("deputy1@qingshan", "关于治理建筑工地扬尘的建议", "城区工地扬尘影响居民生活，建议加强执法。", "ENVIRONMENT", Stage.DISPUTED),
      new Sample("deputy2@qingshan", "关于完善小区停车设施的建议", "小区停车位严重不足，建议挖潜增设停车位。", "TRANSPORT", Stage.ASSIGNED),
      new Sample("deputy1@qingshan", "关于增设乡村公交线路的建议", "偏远村组群众出行难，建议增开城乡公交并加密班次。", "TRANSPORT", Stage.REGISTERED),
      new Sample("deputy2@qingshan", "关于整治河道黑臭水体的建议", "部分河段水体黑臭，建议开展截污纳管和生态修复。", "ENVIRONMENT", Stage.SUBMITTED),
      new Sample("deputy1@qingshan", "关于解决邻里纠纷的建议", "反映个人家庭纠纷问题。", "OTHER", Stage.NOT_REGISTERED),
      new Sample("deputy2@qingshan", "关于修缮村文化广场的建议", "村文化广场设施老化。", "OTHER", Stage.WITHDRAWN),
      new Sample("deputy1@qingshan", "关于推行垃圾分类的建议（草稿）", "建议在试点社区推行垃圾分类并配套设施。", "ENVIRONMENT", Stage.DRAFT),
      new Sample("deputy1@hexi", "关于优化营商环境压缩审批时限的建议", "企业开办审批环节多，建议推行一网通办。", "BUSINESS_ENVIRONMENT", Stage.SUBMITTED),
      new Sample("deputy2@hexi", "关于增加义务教育学位供给的建议", "新建小区入学需求大，建议新建扩建学校。", "EDUCATION", Stage.SUBMITTED));

  private DemoData() {}

  static void load(DevStack stack) {
    if (!stack.canSignIn()) {
      System.out.println("--demo needs the development token issuer; skipped with an external issuer.");
      return;
    }
    directory(stack);
    register(stack);
    RegisterCopies.awaitCaughtUp(stack.kafkaBootstrapServers(), java.time.Duration.ofSeconds(90));
    ApiClient api = new ApiClient(stack.url("suggestion-service"));
    int created = 0;
    for (int i = 0; i < SAMPLES.size(); i++) {
      Sample s = SAMPLES.get(i);
      ApiClient.Response r = api.post("/api/v1/suggestions", token(stack, s.deputy()),
          Map.of("title", s.title(), "body", s.body(), "category", s.category(), "draft", s.stage() == Stage.DRAFT),
          Map.of("Idempotency-Key", "demo-suggestion-" + i));
      if (r.status() != 201 || r.header("Idempotent-Replayed") != null) {
        continue;
      }
      created++;
      progress(stack, api, r.json().get("id").asString(), s);
    }
    System.out.println("Demo data: " + created + " suggestion(s) created, in every state of their life.");
    VotingDemoData.load(stack);
    SupervisionDemoData.load(stack);
  }

  /**
   * Each demo congress's handling units: the government and the departments under it, the court and the
   * procuratorate with their superiors, a street office, and the county party committee (told of review results).
   */
  private static final List<String[]> UNITS = List.of(
      new String[] {"gov", "人民政府", "GOVERNMENT_DEPARTMENT", null},
      new String[] {"housing", "住房和城乡建设局", "GOVERNMENT_DEPARTMENT", "gov"},
      new String[] {"transport", "交通运输局", "GOVERNMENT_DEPARTMENT", "gov"},
      new String[] {"education", "教育局", "GOVERNMENT_DEPARTMENT", "gov"},
      new String[] {"ecology", "生态环境局", "GOVERNMENT_DEPARTMENT", "gov"},
      new String[] {"court", "人民法院", "COURT", null},
      // the subjects of the demo's performance review and the bodies told of its result
      new String[] {"police", "公安局", "GOVERNMENT_DEPARTMENT", "gov"},
      new String[] {"civil", "民政局", "GOVERNMENT_DEPARTMENT", "gov"},
      new String[] {"street", "城关街道办事处", "OTHER", "gov"},
      new String[] {"procuratorate", "人民检察院", "PROCURATORATE", null},
      new String[] {"party", "县委", "OTHER", null},
      new String[] {"city-court", "市中级人民法院", "COURT", null},
      new String[] {"city-procuratorate", "市人民检察院", "PROCURATORATE", null});

  /**
   * Each demo congress's register in deputy-service: every demo deputy (12 with sign-in, and the three
   * scrutineers) in two delegations with their heads (deputy 3 and 7), the standing committee (deputy 4
   * vice-chair, 8 secretary-general, 5 and 6 members), six units and three homes/stations with their
   * deputies. Entered with PUT, so a second --demo changes nothing.
   */
  static void register(DevStack stack) {
    ApiClient api = new ApiClient(stack.url("deputy-service"));
    int entered = 0;
    for (String place : List.of("qingshan", "hexi")) {
      String staff = token(stack, "staff@" + place);
      String county = "qingshan".equals(place) ? "青山县" : "河西区";
      for (String[] unit : UNITS) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", county + unit[1], "kind", unit[2]));
        if (unit[3] != null) {
          body.put("superiorUnitId", "U-" + place + "-" + unit[3]);
        }
        entered += entered(api.put("/api/v1/units/U-" + place + "-" + unit[0], staff, body), "unit " + unit[0]);
      }
      for (var user : DemoUsers.all()) {
        // deputies' own sign-ins: the leader's names deputy 4 too, entered once as the deputy
        if (user.deputyId() == null || !user.roles().contains("DEPUTY") || !user.username().endsWith("@" + place)) {
          continue;
        }
        int n = Integer.parseInt(user.deputyId().substring(user.deputyId().lastIndexOf('-') + 1));
        boolean first = n <= 6 || n > 900;
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", user.name(),
            "delegation", first ? ("qingshan".equals(place) ? "城关镇代表团" : "河西街道代表团")
                : ("qingshan".equals(place) ? "东城乡代表团" : "滨江街道代表团"),
            "delegationHead", n == 3 || n == 7, "termStart", "2026-01-10", "termEnd", "2031-01-09"));
        String role = switch (n) {
          case 4 -> "VICE_CHAIR";
          case 8 -> "SECRETARY_GENERAL";
          case 5, 6 -> "MEMBER";
          default -> null;
        };
        if (role != null) {
          body.put("standingCommitteeRole", role);
        }
        entered += entered(api.put("/api/v1/deputies/" + user.deputyId(), staff, body), user.username());
      }
    }
    for (String place : List.of("qingshan", "hexi")) {
      String staff = token(stack, "staff@" + place);
      String town = "qingshan".equals(place) ? "城关镇" : "河西街道";
      List<Object[]> stations = List.of(
          new Object[] {"home-1", "HOME", town + "人大代表之家", town + "人民路 1 号", List.of(1, 2, 3)},
          new Object[] {"station-1", "STATION", town + "东门社区代表联络站", town + "东门路 18 号", List.of(4, 5, 6)},
          new Object[] {"station-2", "STATION", "东城乡代表联络站", "东城乡政府一楼", List.of(7, 8, 9, 10, 11, 12)});
      for (Object[] st : stations) {
        String path = "/api/v1/stations/S-" + place + "-" + st[0];
        entered += entered(api.put(path, staff, Map.of("kind", st[1], "name", st[2], "address", st[3])), "station " + st[0]);
        @SuppressWarnings("unchecked")
        List<String> deputies = ((List<Integer>) st[4]).stream().map(n -> String.format("D-%s-%03d", place, n)).toList();
        ApiClient.Response attached = api.post(path + "/deputies", staff, Map.of("deputyIds", deputies));
        if (attached.status() != 200) {
          System.out.println("demo station " + st[0] + " deputies → " + attached.status() + " " + attached.body());
        }
      }
    }
    System.out.println("Demo data: " + entered + " deputies, units and stations in the register.");
  }

  private static int entered(ApiClient.Response r, String what) {
    if (r.status() == 200 || r.status() == 201) {
      return 1;
    }
    System.out.println("demo register " + what + " → " + r.status() + " " + r.body());
    return 0;
  }

  /** Every demo user in the directory with an address at example.cn, so GreenMail shows the e-mails. */
  private static void directory(DevStack stack) {
    ApiClient api = new ApiClient(stack.url("notification-service"));
    for (var user : DemoUsers.all()) {
      String admin = "admin@" + user.username().substring(user.username().indexOf('@') + 1);
      java.util.Map<String, Object> person = new java.util.HashMap<>();
      person.put("name", user.name());
      person.put("roles", user.roles());
      person.put("email", user.username().replace('@', '.') + "@example.cn");
      if (user.deputyId() != null) {
        person.put("deputyId", user.deputyId());
      }
      if (user.unitId() != null) {
        person.put("unitId", user.unitId());
      }
      ApiClient.Response r = api.put("/api/v1/directory/people/" + user.username(), token(stack, admin), person);
      if (r.status() != 200) {
        System.out.println("demo directory " + user.username() + " → " + r.status() + " " + r.body());
      }
    }
  }

  private static void progress(DevStack stack, ApiClient api, String id, Sample s) {
    String path = "/api/v1/suggestions/" + id;
    Stage target = s.stage();
    if (target == Stage.DRAFT || target == Stage.SUBMITTED) {
      return;
    }
    if (target == Stage.WITHDRAWN) {
      step(stack, api, s.deputy(), path + "/withdrawal", Map.of("reason", "问题已由村委会解决"));
      return;
    }
    if (target == Stage.NOT_REGISTERED) {
      step(stack, api, "staff@qingshan", path + "/non-registration", Map.of("reason", "属个人诉求，转信访渠道办理"));
      return;
    }
    step(stack, api, "staff@qingshan", path + "/registration", Map.of());
    if (target == Stage.REGISTERED) {
      return;
    }
    step(stack, api, "staff@qingshan", path + "/assignment", Map.of("leadUnitId", HOUSING));
    if (target == Stage.ASSIGNED) {
      return;
    }
    if (target == Stage.DISPUTED) {
      step(stack, api, "handler@qingshan", path + "/dispute", Map.of("reason", "扬尘执法属生态环境部门职责"));
      return;
    }
    step(stack, api, "handler@qingshan", path + "/acceptance", Map.of("handlerName", "王承办", "responsibleLeader", "李副局长"));
    step(stack, api, "handler@qingshan", path + "/contacts", Map.of("phase", "BEFORE",
        "date", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "mode", "VISIT", "notes", "办前走访，了解具体诉求"));
    if (target == Stage.IN_PROGRESS) {
      return;
    }
    step(stack, api, "handler@qingshan", path + "/reply-draft", Map.of("category", "B", "text", "已列入年度计划，分批实施。",
        "commitments", List.of(Map.of("description", "年底前完成首批改造",
            "dueDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(6).toString()))));
    step(stack, api, "head@qingshan", path + "/reply", Map.of());
    // the committee's review and the leader's sign-off send the reply (issue 13: on by default)
    step(stack, api, "staff@qingshan", path + "/reply-review", Map.of("decision", "APPROVED"));
    step(stack, api, "leader@qingshan", path + "/reply-sign-off", Map.of("decision", "APPROVED"));
    if (target == Stage.REPLIED) {
      return;
    }
    boolean satisfied = target == Stage.CLOSED || target == Stage.PUBLISHED;
    step(stack, api, s.deputy(), path + "/evaluations", Map.of("rating", satisfied ? "SATISFIED" : "UNSATISFIED",
        "comment", satisfied ? "答复具体，满意" : "进度偏慢，请再研究"));
    if (target == Stage.REHANDLING) {
      step(stack, api, "staff@qingshan", path + "/rehandling", Map.of());
    }
    if (target == Stage.PUBLISHED) {
      step(stack, api, "staff@qingshan", path + "/publication", Map.of());
    }
  }

  private static void step(DevStack stack, ApiClient api, String user, String path, Map<String, Object> body) {
    ApiClient.Response r = api.post(path, token(stack, user), body);
    if (r.status() >= 300) {
      System.out.println("demo step " + path + " as " + user + " → " + r.status() + " " + r.body());
    }
  }

  private static String token(DevStack stack, String user) {
    return stack.tokenFor(DemoUsers.get(user));
  }
}
