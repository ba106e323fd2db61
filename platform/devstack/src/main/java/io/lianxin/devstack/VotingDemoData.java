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
 * {@code scrutineer1..3@qingshan}), and an online satisfaction rating still open, whose scrutineers'
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
        + " proposals, a published appointment vote and an open satisfaction rating.");
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
    return stack.issuer().tokenFor(DemoUsers.get(user));
  }
}
