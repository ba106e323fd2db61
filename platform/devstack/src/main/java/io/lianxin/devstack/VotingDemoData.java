package io.lianxin.devstack;

import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.voting.trustee.Trustee;
import io.lianxin.voting.trustee.TrusteeState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Demo content of the voting service in 青山县: the 2027 livelihood-project programme taking
 * proposals (with supports, one through a deputy home), an appointment vote already published
 * with its encrypted ballot box (keyed and decrypted by the demo scrutineers
 * {@code scrutineer1..3@qingshan}), the 2026 programme decided by the deputies' secret ballots (20 projects
 * selected of 24, which supervision-service then tracks), and an online satisfaction rating still open, whose scrutineers'
 * state files are left in {@code <data-dir>/demo-scrutineers} for the README's walk. Keyed like the suggestion
 * demo data: loading twice within a day creates nothing new.
 */
final class VotingDemoData {

  private static final List<String[]> PROJECTS = List.of(
      new String[] {"citizen1@qingshan", "老旧小区加装电梯", "城关镇幸福小区等 12 个小区老人上下楼难。", "城关镇", null},
      new String[] {"citizen2@qingshan", "农村饮水安全巩固提升", "山区 6 个村夏季供水不稳定。", "东山乡", null},
      new String[] {"deputy1@qingshan", "城区中小学食堂改造", "代表之家收集到家长意见：食堂就餐拥挤。", "城区", "城关镇代表之家"},
      new String[] {"citizen1@qingshan", "社区嵌入式养老服务站", "独居老人多，需要日间照料和助餐。", "西街社区", null},
      new String[] {"citizen2@qingshan", "背街小巷路灯补缺", "夜间出行不便，存在安全隐患。", "老城区", null});

  private static final List<String> SCRUTINEER_IDS = List.of("D-qingshan-901", "D-qingshan-902", "D-qingshan-903");

  private VotingDemoData() {}

  static void load(DevStack stack) {
    ApiClient api = new ApiClient(stack.url("voting-service"));
    String staff = token(stack, "staff@qingshan");
    ApiClient.Response programme = api.post("/api/v1/programmes", staff, Map.of("year", 2027,
        "title", "青山县2027年民生实事项目", "seats", 3, "collectingUntil", Instant.now().plus(Duration.ofDays(30)).toString()),
        Map.of("Idempotency-Key", "demo-programme-2027"));
    if (programme.status() != 201 || programme.header("Idempotent-Replayed") != null) {
      return;
    }
    String id = programme.json().get("id").asString();
    String first = null;
    for (String[] p : PROJECTS) {
      Map<String, Object> body = new HashMap<>(Map.of("title", p[1], "description", p[2], "place", p[3]));
      if (p[4] != null) {
        body.put("source", "STATION");
        body.put("sourceRef", p[4]);
      }
      ApiClient.Response r = api.post("/api/v1/programmes/" + id + "/proposals", token(stack, p[0]), body);
      report("proposal " + p[1], r);
      if (first == null && r.status() == 201) {
        first = r.json().get("id").asString();
      }
    }
    if (first != null) {
      for (String supporter : List.of("citizen2@qingshan", "deputy2@qingshan", "deputy1@qingshan")) {
        report("support", api.post("/api/v1/proposals/" + first + "/supports", token(stack, supporter), Map.of()));
      }
    }
    appointment(stack, api, staff);
    decidedProgramme(stack, api, staff);
    Map<String, Object> rating = new HashMap<>(Map.of("kind", "SATISFACTION", "title", "对县住建局办理代表建议工作的满意度测评",
        "method", "RATING", "items", List.of("县住建局"), "roll", List.of("D-qingshan-001", "D-qingshan-002"),
        "base", "VALID_VOTES", "closesAt", Instant.now().plus(Duration.ofDays(7)).toString()));
    rating.put("scrutineers", SCRUTINEER_IDS);
    ApiClient.Response open = api.post("/api/v1/polls", staff, rating);
    report("satisfaction poll", open);
    if (open.status() == 201) {
      String pollId = open.json().get("id").asString();
      List<Trustee> trustees = ceremony(stack, api, pollId);
      report("open", api.post("/api/v1/polls/" + pollId + "/opening", staff, Map.of()));
      // kept for the README's walk: the scrutineers decrypt this poll with lianxin-trustee and these files
      Path dir = stack.dataDir().resolve("demo-scrutineers");
      try {
        java.nio.file.Files.createDirectories(dir);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      for (int i = 0; i < trustees.size(); i++) {
        trustees.get(i).state().save(dir.resolve("satisfaction-scrutineer" + (i + 1) + ".json"), null);
      }
    }
    System.out.println("Demo data: a livelihood-project programme with " + PROJECTS.size()
        + " proposals, the 2026 programme decided (20 of 24), a published appointment vote and an open satisfaction rating.");
  }

  /** The 2026 programme's 24 candidates (title, department, budget in 10,000 yuan). */
  private static final List<String[]> PROJECTS_2026 = List.of(
      new String[] {"城关镇老旧小区改造", "housing", "1800"}, new String[] {"农村供水管网改造", "gov", "2600"},
      new String[] {"城区学校校舍维修", "education", "900"}, new String[] {"县医院急诊楼扩建", "gov", "5200"},
      new String[] {"乡镇卫生院设备更新", "gov", "700"}, new String[] {"城乡公交线路优化", "transport", "450"},
      new String[] {"农村公路安全防护工程", "transport", "1300"}, new String[] {"五里河生态修复一期", "ecology", "3100"},
      new String[] {"城区雨污分流改造", "housing", "4100"}, new String[] {"社区老年助餐点建设", "gov", "380"},
      new String[] {"幼儿园学位扩容", "education", "1500"}, new String[] {"背街小巷路面硬化", "housing", "620"},
      new String[] {"农贸市场提升改造", "gov", "800"}, new String[] {"公共厕所新建改建", "housing", "300"},
      new String[] {"城区停车场建设", "transport", "1700"}, new String[] {"农村生活垃圾收运体系", "ecology", "950"},
      new String[] {"全民健身场地建设", "education", "520"}, new String[] {"困难群众住房救助", "housing", "660"},
      new String[] {"中小学课后服务", "education", "280"}, new String[] {"城区绿道建设", "ecology", "1200"},
      new String[] {"乡村图书室提质", "education", "150"}, new String[] {"老年大学扩建", "education", "900"},
      new String[] {"县城夜景亮化", "housing", "2000"}, new String[] {"景区道路拓宽", "transport", "3500"});

  /**
   * The 2026 programme from proposals to the deputies' decision: 24 proposals, a shortlist of all 24, the plenary's
   * secret vote of all deputies of the register (each approves 20), decrypted by two of the three scrutineers and
   * published — voting-service then tells supervision-service the 20 projects selected.
   */
  private static void decidedProgramme(DevStack stack, ApiClient api, String staff) {
    // long enough for the 24 proposals on a busy laptop; the demo then waits for the window to end
    Instant collectingUntil = Instant.now().plusSeconds(20);
    ApiClient.Response programme = api.post("/api/v1/programmes", staff, Map.of("year", 2026,
        "title", "青山县2026年民生实事项目", "seats", 20, "collectingUntil", collectingUntil.toString()),
        Map.of("Idempotency-Key", "demo-programme-2026"));
    report("programme 2026", programme);
    if (programme.status() != 201 || programme.header("Idempotent-Replayed") != null) {
      return;
    }
    String id = programme.json().get("id").asString();
    List<Map<String, Object>> candidates = new java.util.ArrayList<>();
    for (int i = 0; i < PROJECTS_2026.size(); i++) {
      String[] p = PROJECTS_2026.get(i);
      String proposer = i % 3 == 0 ? "citizen1@qingshan" : i % 3 == 1 ? "citizen2@qingshan" : "deputy" + (i % 12 + 1) + "@qingshan";
      ApiClient.Response r = api.post("/api/v1/programmes/" + id + "/proposals", token(stack, proposer),
          Map.of("title", p[0], "description", "群众反映强烈，建议列入2026年民生实事项目：" + p[0] + "。", "place", "青山县"));
      report("proposal " + p[0], r);
      if (r.status() == 201) {
        candidates.add(Map.of("proposalId", r.json().get("id").asString(), "title", p[0],
            "budgetYuan", Long.parseLong(p[2]) * 10_000, "department", "青山县" + department(p[1])));
      }
    }
    while (Instant.now().isBefore(collectingUntil.plusMillis(300))) {
      sleep(200);
    }
    report("shortlist", api.post("/api/v1/programmes/" + id + "/shortlist", staff, Map.of("candidates", candidates)));
    ApiClient.Response voting = api.post("/api/v1/programmes/" + id + "/poll", staff,
        Map.of("rollOf", Map.of("kind", "ALL_DEPUTIES"), "scrutineers", SCRUTINEER_IDS));
    report("programme poll", voting);
    if (voting.status() != 200) {
      return;
    }
    String pollId = voting.json().get("pollId").asString();
    String path = "/api/v1/polls/" + pollId;
    List<Trustee> trustees = ceremony(stack, api, pollId);
    report("open", api.post(path + "/opening", staff, Map.of()));
    List<String> deputies = java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(n -> String.format("D-qingshan-%03d", n)).toList();
    report("sign in", api.post(path + "/attendance", staff, Map.of("voterIds", deputies)));
    for (int n = 1; n <= 12; n++) {
      // everyone approves the first 19; the 20th choice differs, so the 20 selected are clear (no tie at the cut)
      Map<String, String> answers = new HashMap<>();
      for (int c = 0; c < 19; c++) {
        answers.put(PROJECTS_2026.get(c)[0], "APPROVE");
      }
      answers.put(PROJECTS_2026.get(n <= 10 ? 19 : 20 + (n - 11))[0], "APPROVE");
      report("ballot", api.post(path + "/ballots", token(stack, "deputy" + n + "@qingshan"), Map.of("answers", answers)));
    }
    for (String step : List.of("closing", "tally")) {
      report(step, api.post(path + "/" + step, staff, Map.of()));
    }
    trustees.get(0).decrypt();
    trustees.get(2).decrypt();
    report("publication", api.post(path + "/publication", staff, Map.of()));
  }

  private static String department(String unit) {
    return switch (unit) {
      case "housing" -> "住房和城乡建设局";
      case "education" -> "教育局";
      case "transport" -> "交通运输局";
      case "ecology" -> "生态环境局";
      default -> "人民政府";
    };
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void appointment(DevStack stack, ApiClient api, String staff) {
    Map<String, Object> create = new HashMap<>(Map.of("kind", "APPOINTMENT", "title", "关于任命县住房和城乡建设局局长的表决",
        "method", "YES_NO_ABSTAIN", "items", List.of("任命候选人甲为局长"), "roll", List.of("D-qingshan-001", "D-qingshan-002")));
    create.put("inPerson", true);
    create.put("isPublic", true);
    create.put("scrutineers", SCRUTINEER_IDS);
    ApiClient.Response created = api.post("/api/v1/polls", staff, create);
    report("appointment poll", created);
    if (created.status() != 201) {
      return;
    }
    String pollId = created.json().get("id").asString();
    String path = "/api/v1/polls/" + pollId;
    List<Trustee> trustees = ceremony(stack, api, pollId);
    report("open", api.post(path + "/opening", staff, Map.of()));
    report("sign in", api.post(path + "/attendance", staff, Map.of("voterIds", List.of("D-qingshan-001", "D-qingshan-002"))));
    report("ballot", api.post(path + "/ballots", token(stack, "deputy1@qingshan"), Map.of("answers", Map.of("任命候选人甲为局长", "YES"))));
    report("ballot", api.post(path + "/ballots", token(stack, "deputy2@qingshan"), Map.of("answers", Map.of("任命候选人甲为局长", "YES"))));
    for (String step : List.of("closing", "tally")) {
      report(step, api.post(path + "/" + step, staff, Map.of()));
    }
    trustees.get(0).decrypt();
    trustees.get(1).decrypt();
    report("publication", api.post(path + "/publication", staff, Map.of()));
  }

  /**
   * The demo's scrutineers make a poll's key. Their secrets stay in this process (and, for the open
   * rating, in the data directory): for the demo only — real scrutineers run lianxin-trustee on
   * their own devices.
   */
  private static List<Trustee> ceremony(DevStack stack, ApiClient api, String pollId) {
    List<Trustee> trustees = new java.util.ArrayList<>();
    for (int i = 1; i <= SCRUTINEER_IDS.size(); i++) {
      trustees.add(new Trustee(api.baseUrl() + "/api/v1/polls/" + pollId, token(stack, "scrutineer" + i + "@qingshan"),
          TrusteeState.empty()));
    }
    trustees.forEach(Trustee::commit);
    trustees.forEach(Trustee::sendShares);
    trustees.forEach(Trustee::confirm);
    return trustees;
  }

  private static void report(String what, ApiClient.Response r) {
    if (r.status() >= 300) {
      System.out.println("voting demo " + what + " → " + r.status() + " " + r.body());
    }
  }

  private static String token(DevStack stack, String user) {
    return stack.tokenFor(DemoUsers.get(user));
  }
}
