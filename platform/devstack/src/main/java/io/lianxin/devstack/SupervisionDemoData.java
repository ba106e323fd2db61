package io.lianxin.devstack;

import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Demo content of supervision-service in 青山县: review opinions in the states of the two-lists loop —
 * one closed as satisfactory by the standing committee's ballots in voting-service, one in second
 * deliberation after an unsatisfactory vote, one being rectified, one just issued, all published.
 * Loaded once: a second load finds the opinions by title and adds nothing.
 */
final class SupervisionDemoData {

  private static final String BODY = "U-qingshan-housing";
  private static final List<String> MEMBERS = List.of("deputy4@qingshan", "deputy5@qingshan", "deputy6@qingshan",
      "deputy8@qingshan");

  private SupervisionDemoData() {}

  static void load(DevStack stack) {
    ApiClient supervision = new ApiClient(stack.url("supervision-service"));
    String staff = token(stack, "staff@qingshan");
    if (supervision.get("/api/v1/opinions?size=1", staff).json().path("total").asLong() > 0) {
      return;
    }
    String satisfied = issue(stack, supervision, "关于县住建局老旧小区改造专项工作报告的审议意见",
        List.of("改造进度滞后于计划", "资金拨付不及时", "居民参与改造决策不足"));
    rectifyAndReport(stack, supervision, satisfied, 1);
    vote(stack, satisfied, List.of("SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"));
    String second = issue(stack, supervision, "关于《青山县城市排水条例》执法检查报告的审议意见",
        List.of("雨污分流改造不到位", "排水设施维护经费不足"));
    rectifyAndReport(stack, supervision, second, 1);
    vote(stack, second, List.of("UNSATISFIED", "UNSATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"));
    String rectifying = issue(stack, supervision, "关于全县物业管理工作情况专题询问的审议意见",
        List.of("物业收费公示不规范", "业主委员会组建率低"));
    supervision.post("/api/v1/opinions/" + rectifying + "/rectification-list", token(stack, "handler@qingshan"),
        Map.of("measures", List.of(measure(List.of(1), "开展物业收费专项检查"), measure(List.of(2), "指导街道组建业委会"))));
    supervision.post("/api/v1/opinions/" + rectifying + "/measures/M1/progress", token(stack, "handler@qingshan"),
        Map.of("status", "IN_PROGRESS"));
    issue(stack, supervision, "关于县住建局保障性住房建设情况报告的审议意见", List.of("房源筹集进度慢"));
    System.out.println("Demo data: 4 review opinions (closed satisfied, second deliberation, rectifying, issued).");
  }

  private static String issue(DevStack stack, ApiClient supervision, String title, List<String> problems) {
    String staff = token(stack, "staff@qingshan");
    ApiClient.Response issued = supervision.post("/api/v1/opinions", staff, Map.of("title", title,
        "text", "常委会组成人员审议认为……现将审议意见交办，请认真研究处理。", "bodyUnitId", BODY, "problems", problems,
        "supervisingLeaderId", "leader@qingshan"));
    String id = issued.json().get("opinionId").asString();
    supervision.post("/api/v1/opinions/" + id + "/publication", staff, Map.of());
    return id;
  }

  private static void rectifyAndReport(DevStack stack, ApiClient supervision, String id, int round) {
    String unit = token(stack, "handler@qingshan");
    String at = "/api/v1/opinions/" + id;
    int problems = supervision.get(at, token(stack, "staff@qingshan")).json().get("problems").size();
    List<Integer> all = java.util.stream.IntStream.rangeClosed(1, problems).boxed().toList();
    supervision.post(at + "/rectification-list", unit, Map.of("measures", List.of(measure(all, "制定整改方案并逐项落实"))));
    supervision.post(at + "/measures/" + (round == 1 ? "M1" : "R2-M1") + "/progress", unit,
        Map.of("status", "DONE", "evidence", "整改情况报告及佐证材料"));
    supervision.post(at + "/report", unit, Map.of("report", "关于审议意见整改落实情况的报告"));
  }

  /** The standing committee's satisfaction vote, by the members' ballots; staff close, count and publish it. */
  private static void vote(DevStack stack, String id, List<String> answers) {
    ApiClient supervision = new ApiClient(stack.url("supervision-service"));
    ApiClient voting = new ApiClient(stack.url("voting-service"));
    String staff = token(stack, "staff@qingshan");
    supervision.post("/api/v1/opinions/" + id + "/satisfaction-vote", staff,
        Map.of("closesAt", Instant.now().plus(Duration.ofDays(1)).toString(), "secret", false));
    String poll = null;
    for (Instant giveUp = Instant.now().plusSeconds(60); poll == null && Instant.now().isBefore(giveUp); ) {
      for (JsonNode p : voting.get("/api/v1/polls?size=50", staff).json().path("items")) {
        if (p.path("requestId").asString("").startsWith("opinion:" + id + ":") && "OPEN".equals(p.path("state").asString())) {
          poll = p.get("id").asString();
        }
      }
      sleep();
    }
    if (poll == null) {
      System.out.println("supervision demo: the satisfaction vote on " + id + " did not open; skipped");
      return;
    }
    String item = voting.get("/api/v1/polls/" + poll, staff).json().get("items").get(0).asString();
    for (int i = 0; i < MEMBERS.size(); i++) {
      voting.post("/api/v1/polls/" + poll + "/ballots", token(stack, MEMBERS.get(i)),
          Map.of("answers", Map.of(item, answers.get(i))));
    }
    for (String step : List.of("closing", "tally", "publication")) {
      voting.post("/api/v1/polls/" + poll + "/" + step, staff, Map.of());
    }
  }

  private static Map<String, Object> measure(List<Integer> problems, String action) {
    return Map.of("problemNumbers", problems, "action", action, "owner", "县住建局相关股室", "dueOn", "2027-12-31");
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String token(DevStack stack, String user) {
    return stack.issuer().tokenFor(DemoUsers.get(user));
  }
}
