package io.lianxin.devstack;

import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Demo content of supervision-service in 青山县, a county's year: topics from residents and deputies, the
 * 2026 plan adopted, its four activities held, and their review opinions in the states of the two-lists loop —
 * one closed as satisfactory by the standing committee's ballots in voting-service, one in second
 * deliberation after an unsatisfactory vote, one being rectified, one just issued, all published — and
 * the 20 livelihood projects of the 2026 programme tracked.
 * Loaded once: a second load finds the opinions by title and adds nothing.
 */
final class SupervisionDemoData {

  private static final String BODY = "U-qingshan-housing";
  private static final List<String> MEMBERS = List.of("deputy4@qingshan", "deputy5@qingshan", "deputy6@qingshan",
      "deputy8@qingshan");
  /** The demo register's standing committee: deputies 4 (vice-chair), 5, 6 (members) and 8 (secretary-general). */
  private static final List<String> MEMBER_IDS = List.of("D-qingshan-004", "D-qingshan-005", "D-qingshan-006",
      "D-qingshan-008");

  private SupervisionDemoData() {}

  static void load(DevStack stack) {
    ApiClient supervision = new ApiClient(stack.url("supervision-service"));
    String staff = token(stack, "staff@qingshan");
    if (supervision.get("/api/v1/opinions?size=1", staff).json().path("total").asLong() > 0) {
      return;
    }
    year(stack, supervision);
    String satisfied = issue(stack, supervision, "关于县住建局老旧小区改造专项工作报告的审议意见",
        List.of("改造进度滞后于计划", "资金拨付不及时", "居民参与改造决策不足"), "2026-1");
    rectifyAndReport(stack, supervision, satisfied, 1);
    vote(stack, satisfied, List.of("SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"));
    String second = issue(stack, supervision, "关于《青山县城市排水条例》执法检查报告的审议意见",
        List.of("雨污分流改造不到位", "排水设施维护经费不足"), "2026-2");
    rectifyAndReport(stack, supervision, second, 1);
    vote(stack, second, List.of("UNSATISFIED", "UNSATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"));
    String rectifying = issue(stack, supervision, "关于全县物业管理工作情况专题询问的审议意见",
        List.of("物业收费公示不规范", "业主委员会组建率低"), "2026-3");
    supervision.post("/api/v1/opinions/" + rectifying + "/rectification-list", token(stack, "handler@qingshan"),
        Map.of("measures", List.of(measure(List.of(1), "开展物业收费专项检查"), measure(List.of(2), "指导街道组建业委会"))));
    supervision.post("/api/v1/opinions/" + rectifying + "/measures/M1/progress", token(stack, "handler@qingshan"),
        Map.of("status", "IN_PROGRESS"));
    issue(stack, supervision, "关于县住建局保障性住房建设情况报告的审议意见", List.of("房源筹集进度慢"), "2026-4");
    report("close 2026-1", supervision.post("/api/v1/activities/2026-1/closure", staff, Map.of()));
    System.out.println("Demo data: 4 review opinions (closed satisfied, second deliberation, rectifying, issued).");
    performanceReview(stack, supervision);
    int tracked = trackings(stack, supervision);
    System.out.println("Demo data: a supervision year — topics, the 2026 plan adopted, 4 activities held (2 work-report"
        + " reviews, a law inspection, an inquiry), a performance review of 8 units rated by the members' scores, "
        + tracked + " livelihood projects tracked.");
  }

  /** The eight subjects (name, kind, unit, superior) and the score every member gives each (so the averages are these). */
  private static final List<Object[]> SUBJECTS = List.of(
      new Object[] {"县住建局局长", "DEPARTMENT_HEAD", "housing", "gov", 88},
      new Object[] {"县交通运输局局长", "DEPARTMENT_HEAD", "transport", "gov", 82},
      new Object[] {"县教育局局长", "DEPARTMENT_HEAD", "education", "gov", 91},
      new Object[] {"县生态环境局局长", "DEPARTMENT_HEAD", "ecology", "gov", 70},
      new Object[] {"县公安局局长", "POLICE", "police", "gov", 76},
      new Object[] {"城关街道办事处主任", "STREET_UNIT", "street", "gov", 66},
      new Object[] {"县人民法院 审判员", "JUDGE", "court", "city-court", 72},
      new Object[] {"县人民检察院 检察员", "PROSECUTOR", "procuratorate", "city-procuratorate", 93});

  /**
   * 述职评议 of eight units in one round (plan item 2026-5): reports heard (听), interviews and comment forms (访),
   * the judge's and the prosecutor's case files sampled (查), the standing committee's score vote in voting-service
   * cast by its members (评) — ranked, the last three to be talked to, the judge graded 基本称职 and sent a
   * rectification opinion (改), the prosecutor 优秀 and proposed for commendation.
   */
  private static void performanceReview(DevStack stack, ApiClient supervision) {
    String staff = token(stack, "staff@qingshan");
    List<Map<String, Object>> subjects = SUBJECTS.stream().map(s -> Map.<String, Object>of("name", s[0], "kind", s[1],
        "unitId", "U-qingshan-" + s[2], "superiorUnitId", "U-qingshan-" + s[3])).toList();
    ApiClient.Response started = supervision.post("/api/v1/performance-reviews", staff, Map.of("year", 2026,
        "title", "2026年度县政府组成部门和“两官”履职评议", "partyCommitteeUnitId", "U-qingshan-party",
        "activityId", "2026-5", "subjects", subjects));
    report("performance review", started);
    if (started.status() != 201) {
      return;
    }
    String at = "/api/v1/performance-reviews/" + started.json().get("reviewId").asString();
    for (int i = 1; i <= SUBJECTS.size(); i++) {
      report("report heard", supervision.post(at + "/subjects/S" + i + "/report", staff, Map.of("heardOn", "2026-11-18",
          "summary", "述职报告全面，常委会组成人员进行了询问。")));
      report("interviews", supervision.post(at + "/subjects/S" + i + "/interviews", staff, Map.of("interviews", 6 + i,
          "commentForms", 40 + 3 * i, "summary", "走访服务对象和基层代表，收回征求意见表。")));
    }
    report("case files", supervision.post(at + "/subjects/S7/case-files", staff, Map.of("sampled", 30,
        "findings", List.of("部分案件超审限未说明理由", "裁判文书说理不充分"))));
    report("case files", supervision.post(at + "/subjects/S8/case-files", staff, Map.of("sampled", 25,
        "findings", List.of("案卷规范，未发现明显问题"))));
    report("score vote", supervision.post(at + "/score-vote", staff, Map.of("closesAt",
        Instant.now().plus(Duration.ofDays(1)).toString(), "secret", false)));
    ApiClient voting = new ApiClient(stack.url("voting-service"));
    String requestPrefix = "review:" + started.json().get("reviewId").asString() + ":";
    JsonNode poll = null;
    for (Instant giveUp = Instant.now().plusSeconds(60); poll == null && Instant.now().isBefore(giveUp); sleep()) {
      for (JsonNode p : voting.get("/api/v1/polls?size=50", staff).json().path("items")) {
        if (p.path("requestId").asString("").startsWith(requestPrefix) && "OPEN".equals(p.path("state").asString())) {
          poll = p;
        }
      }
    }
    if (poll == null) {
      System.out.println("supervision demo: the score vote did not open; the review stays unrated");
      return;
    }
    String pollPath = "/api/v1/polls/" + poll.get("id").asString();
    JsonNode items = voting.get(pollPath, staff).json().get("items");
    Map<String, String> scores = new java.util.HashMap<>();
    for (JsonNode item : items) {
      // items are "<n>、<name>", one per subject S<n>
      int n = Integer.parseInt(item.asString().substring(0, item.asString().indexOf('、')));
      scores.put(item.asString(), String.valueOf(SUBJECTS.get(n - 1)[4]));
    }
    for (String member : MEMBERS) {
      report("score ballot", voting.post(pollPath + "/ballots", token(stack, member), Map.of("answers", scores)));
    }
    for (String step : List.of("closing", "tally", "publication")) {
      report(step, voting.post(pollPath + "/" + step, staff, Map.of()));
    }
    for (Instant giveUp = Instant.now().plusSeconds(60); Instant.now().isBefore(giveUp); sleep()) {
      if ("RATED".equals(supervision.get(at, staff).json().path("status").asString())) {
        break;
      }
    }
    report("rectification opinion", supervision.post(at + "/subjects/S7/opinion", staff, Map.of(
        "text", "常委会评议认为，县人民法院审判员履职基本称职，存在审限管理不严等问题，请认真整改。",
        "supervisingLeaderId", "D-qingshan-004")));
    report("review closed", supervision.post(at + "/closure", staff, Map.of()));
  }

  /**
   * 三问 before the year: topics from residents and deputies (one merged as a duplicate), the office's
   * feasibility notes, the 2026 plan drafted from them and the party committee's and government's priorities,
   * adopted by the chair's council; then each activity prepared and held with its deputies, lead speakers
   * and (unannounced) site checks, and the inquiry's questions asked and answered with a commitment.
   */
  private static void year(DevStack stack, ApiClient supervision) {
    String staff = token(stack, "staff@qingshan");
    String drainage = topic(supervision, token(stack, "citizen1@qingshan"), "城区内涝与排水设施问题",
        "每逢暴雨老城区积水严重，建议常委会检查排水条例的执行情况。");
    String duplicate = topic(supervision, token(stack, "citizen2@qingshan"), "雨季城区积水严重", "人民路一带下雨就淹。");
    String property = topic(supervision, token(stack, "deputy1@qingshan"), "物业服务管理不规范",
        "代表之家收集到多条物业收费和服务问题，建议开展专题询问。");
    topic(supervision, token(stack, "citizen2@qingshan"), "县城夜景亮化工程", "建议加大夜景亮化投入。");
    report("support", supervision.post("/api/v1/topics/" + drainage + "/supports", token(stack, "citizen2@qingshan"), Map.of()));
    report("support", supervision.post("/api/v1/topics/" + property + "/supports", token(stack, "citizen1@qingshan"), Map.of()));
    report("merge", supervision.post("/api/v1/topics/" + duplicate + "/merge", staff, Map.of("intoTopicId", drainage)));
    for (String t : List.of(drainage, property)) {
      report("feasibility", supervision.post("/api/v1/topics/" + t + "/feasibility", staff,
          Map.of("feasibility", "FEASIBLE", "note", "属于常委会监督职权，群众关注度高，可列入年度监督计划")));
    }
    List<Map<String, Object>> items = List.of(
        item("PARTY_COMMITTEE", null, "县委关于城市更新的决策部署", "WORK_REPORT_REVIEW", "听取和审议县住建局关于老旧小区改造专项工作情况的报告", 1),
        item("TOPIC", drainage, null, "LAW_INSPECTION", "《青山县城市排水条例》执法检查", 2),
        item("TOPIC", property, null, "THEMATIC_INQUIRY", "全县物业管理工作情况专题询问", 3),
        item("GOVERNMENT_PRIORITY", null, "县政府2026年重点工作", "WORK_REPORT_REVIEW", "听取和审议县住建局关于保障性住房建设情况的报告", 4),
        item("PARTY_COMMITTEE", null, "县委关于加强对“一府一委两院”监督的意见", "PERFORMANCE_REVIEW", "县政府组成部门和“两官”履职评议", 4));
    report("plan", supervision.post("/api/v1/plans", staff, Map.of("year", 2026, "items", items)));
    report("adoption", supervision.post("/api/v1/plans/2026/adoption", token(stack, "leader@qingshan"), Map.of()));
    hold(stack, supervision, "2026-1", List.of("D-qingshan-001", "D-qingshan-002", "D-qingshan-009"), "2026-03-20",
        List.of(siteCheck("幸福小区改造现场", "2026-03-12", false, "外墙保温完成，加装电梯尚未开工")));
    hold(stack, supervision, "2026-2", List.of("D-qingshan-001", "D-qingshan-003", "D-qingshan-010"), "2026-05-28",
        List.of(siteCheck("人民路排水泵站", "2026-05-10", false, "泵站设备老化，备用电源缺失"),
            siteCheck("老城区雨水管网", "2026-05-16", true, "暗访发现多处雨水口被堵，清掏记录缺失")));
    String path = "/api/v1/activities/2026-3";
    supervision.post(path + "/preparation", staff, Map.of());
    question(supervision, staff, "CAUSE", "物业收费投诉连续三年居高不下，原因是什么？", "D-qingshan-002");
    question(supervision, staff, "MEASURES", "对不按规定公示收费的物业企业，准备采取哪些措施？", "D-qingshan-003");
    question(supervision, staff, "TIMELINE", "业主委员会组建率何时能达到 60%？", "D-qingshan-011");
    hold(stack, supervision, "2026-3", List.of("D-qingshan-002", "D-qingshan-003", "D-qingshan-011"), "2026-08-26", List.of());
    report("answer", supervision.post(path + "/questions/1/answer", staff, Map.of("answer", "主要是物业服务标准不明确、监管手段不足。",
        "followUps", List.of(Map.of("question", "监管手段不足具体指什么？", "answer", "缺少信用评价和退出机制。")))));
    report("answer", supervision.post(path + "/questions/2/answer", staff, Map.of("answer", "开展收费公示专项检查，纳入信用评价。")));
    report("answer", supervision.post(path + "/questions/3/answer", staff, Map.of("answer", "力争年底前达到 60%。",
        "commitment", Map.of("text", "年底前业主委员会组建率达到 60%", "dueOn", "2026-12-31"))));
    hold(stack, supervision, "2026-4", List.of("D-qingshan-009", "D-qingshan-010"), "2026-10-28", List.of());
  }

  private static String topic(ApiClient supervision, String token, String title, String description) {
    ApiClient.Response r = supervision.post("/api/v1/topics", token, Map.of("title", title, "description", description));
    report("topic " + title, r);
    return r.json().path("topicId").asString();
  }

  private static Map<String, Object> item(String source, String topicId, String note, String type, String title, int quarter) {
    Map<String, Object> item = new java.util.HashMap<>(Map.of("source", source, "activityType", type, "title", title,
        "bodyUnitId", BODY, "quarter", quarter));
    if (topicId != null) {
      item.put("topicId", topicId);
    }
    if (note != null) {
      item.put("sourceNote", note);
    }
    return item;
  }

  private static Map<String, Object> siteCheck(String place, String on, boolean unannounced, String findings) {
    return Map.of("place", place, "on", on, "unannounced", unannounced, "findings", findings);
  }

  private static void question(ApiClient supervision, String staff, String category, String question, String askedBy) {
    report("question", supervision.post("/api/v1/activities/2026-3/questions", staff, Map.of("category", category,
        "question", question, "askedBy", askedBy, "answererName", "县住建局局长", "answererUnitId", BODY)));
  }

  /** Prepares and holds an activity: its deputies, the standing committee's lead speakers, attendance, site checks. */
  private static void hold(DevStack stack, ApiClient supervision, String activity, List<String> deputies, String heldOn,
      List<Map<String, Object>> siteChecks) {
    String staff = token(stack, "staff@qingshan");
    String path = "/api/v1/activities/" + activity;
    supervision.post(path + "/preparation", staff, Map.of());
    report("allocation " + activity, supervision.post(path + "/allocation", staff, Map.of("deputyIds", deputies)));
    report("lead speakers " + activity, supervision.post(path + "/lead-speakers", staff,
        Map.of("deputyIds", MEMBER_IDS.subList(0, 3))));
    List<String> present = new java.util.ArrayList<>(MEMBER_IDS);
    present.addAll(deputies);
    report("hearing " + activity, supervision.post(path + "/hearing", staff, Map.of("heldOn", heldOn,
        "attendance", present, "findings", "常委会组成人员和列席代表听取汇报并开展审议，形成审议意见。", "siteChecks", siteChecks)));
  }

  /** The 20 projects voting-service's 2026 programme selected: three set up with their milestones and progress. */
  private static int trackings(DevStack stack, ApiClient supervision) {
    String staff = token(stack, "staff@qingshan");
    JsonNode page = null;
    for (Instant giveUp = Instant.now().plusSeconds(60); Instant.now().isBefore(giveUp); sleep()) {
      page = supervision.get("/api/v1/trackings?year=2026&size=50", staff).json();
      if (page.path("total").asLong() >= 20) {
        break;
      }
    }
    if (page == null || page.path("items").isEmpty()) {
      System.out.println("supervision demo: no tracked livelihood projects (the 2026 programme was not decided)");
      return 0;
    }
    int set = 0;
    for (JsonNode tracking : page.path("items")) {
      if (set == 3) {
        break;
      }
      String id = tracking.path("trackingId").asString();
      ApiClient.Response r = supervision.post("/api/v1/trackings/" + id + "/setup", staff, Map.of("leadLeaderId",
          "D-qingshan-004", "office", "财政经济工作委员会", "unitId", BODY, "milestones", List.of(
              Map.of("name", "完成立项和招标", "dueOn", "2026-12-20"), Map.of("name", "完工验收", "dueOn", "2027-06-30"))));
      report("tracking setup", r);
      if (r.status() == 200) {
        set++;
        report("progress", supervision.post("/api/v1/trackings/" + id + "/milestones/1/progress",
            token(stack, "handler@qingshan"), Map.of("text", "已完成可研批复，招标文件挂网。", "reached", false)));
      }
    }
    report("inspection", supervision.post("/api/v1/trackings/" + page.path("items").get(0).path("trackingId").asString()
        + "/inspections", token(stack, "deputy1@qingshan"), Map.of("on", "2026-11-20", "deputyGroup", "城关镇代表小组",
        "deputyIds", List.of("D-qingshan-001", "D-qingshan-002"), "findings", "施工围挡不规范，已当场要求整改。")));
    return page.path("items").size();
  }

  private static void report(String what, ApiClient.Response r) {
    if (r.status() >= 300) {
      System.out.println("supervision demo " + what + " → " + r.status() + " " + r.body());
    }
  }

  /** Issues a review opinion on an activity held, records it on the activity and publishes it. */
  private static String issue(DevStack stack, ApiClient supervision, String title, List<String> problems, String activity) {
    String staff = token(stack, "staff@qingshan");
    ApiClient.Response issued = supervision.post("/api/v1/opinions", staff, Map.of("title", title,
        "text", "常委会组成人员审议认为……现将审议意见交办，请认真研究处理。", "bodyUnitId", BODY, "problems", problems,
        "supervisingLeaderId", "D-qingshan-004", "activityId", activity));
    String id = issued.json().get("opinionId").asString();
    report("opinion on " + activity, supervision.post("/api/v1/activities/" + activity + "/opinion", staff,
        Map.of("opinionId", id)));
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
    return stack.tokenFor(DemoUsers.get(user));
  }
}
