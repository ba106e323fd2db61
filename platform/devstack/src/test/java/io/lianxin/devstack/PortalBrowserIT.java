package io.lianxin.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

/**
 * The portal (ADR 0024) in a real headless Chromium against the devstack's real services, through the gateway, with
 * the demo data: each role's flows as a reader clicks them — the public pages without signing in, a deputy's draft
 * and submission, the committee office's worklists and batch assignment, a leader's overdue list, a handling unit's
 * acceptance and contact log, a resident's livelihood-project proposal and support, a deputy's answer to the unit's
 * contact and rating of the reply, a deputy's ballot found in the published box — each through the
 * sign-in server's login form (authorization code + PKCE) and out again. On every page: no token in the browser,
 * no serious or critical axe-core (WCAG 2.0/2.1 A, AA) violation, a screenshot in {@code target/portal-screenshots/};
 * the pages' server times are printed as a table at the end. One method a flow: add a role's flow as another.
 * Needs Debian's {@code chromium} and {@code chromium-driver}; fails, does not skip, without them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserIT {

  private static final int OFFSET = PortOffsets.PORTAL_BROWSER;
  private static final ZoneId CONGRESS_ZONE = ZoneId.of("Asia/Shanghai");

  private final PageTimings timings = new PageTimings();
  private final List<AxeCheck.Violation> findings = new ArrayList<>();
  private DevStack stack;
  private String gateway;
  private String portal;
  private String issuer;

  @BeforeAll
  void startTheStackWithTheEdgeAndTheDemoData() throws Exception {
    PortalBrowser.requireInstalled();
    PortalBrowser.clearScreenshots();
    Path data = Files.createTempDirectory("lianxin-portal-browser");
    stack = new DevStack(new DevStack.Options(data, false, false, OFFSET, true));
    gateway = stack.gatewayUrl();
    portal = gateway + "/portal";
    issuer = "http://127.0.0.1:" + (9000 + OFFSET);
    long started = System.nanoTime();
    DemoData.load(stack);
    System.out.printf("portal browser test: demo data loaded in %.1f s%n", (System.nanoTime() - started) / 1e9);
  }

  @AfterAll
  void stop() {
    System.out.println("Portal pages in headless Chromium through the gateway (Navigation Timing; a benchmark, not"
        + " asserted):" + timings.table());
    long notes = findings.stream().filter(v -> !v.fails()).count();
    System.out.println("axe-core: " + findings.size() + " finding(s) on the pages visited, " + notes
        + " of them moderate or minor (printed above, not failed on)");
    if (stack != null) {
      stack.close();
    }
  }

  /** Anyone, not signed in: published suggestions and their search, a poll's result and its check, 履职, 意见查询. */
  @Test
  @Order(1)
  void thePublicReadsWithoutSigningIn() {
    String pollId = publishedPoll("关于任命县住房和城乡建设局局长的表决");
    String code = answeredVoterOpinion("小区门口路灯坏了三个月", "路灯已于本周修复");
    try (PortalBrowser browser = browser("public")) {
      browser.open("/", "published suggestions");
      assertThat(browser.url()).isEqualTo(portal + "/suggestions");
      assertThat(browser.heading()).isEqualTo("公开的建议");
      assertThat(browser.script("return document.documentElement.lang;")).isEqualTo("zh-CN");
      assertThat(browser.text(By.cssSelector("ol.results"))).contains("关于老旧小区加装电梯的建议");
      assertThat(browser.text()).as("nothing not yet published").doesNotContain("关于增设乡村公交线路的建议");
      browser.atPhoneWidth("published suggestions");

      browser.type(By.id("q"), "电梯").click(By.cssSelector("form[role=search] button"), "search");
      assertThat(browser.url()).contains("q=");
      assertThat(browser.text(By.cssSelector("ol.results"))).contains("关于老旧小区加装电梯的建议");
      browser.type(By.id("q"), "量子计算").click(By.cssSelector("form[role=search] button"), "search, no match");
      assertThat(browser.text()).contains("没有找到符合条件的建议。", "共 0 件");
      browser.type(By.id("q"), "电梯").click(By.cssSelector("form[role=search] button"), "search");
      browser.click(By.linkText("关于老旧小区加装电梯的建议"), "a published suggestion");
      assertThat(browser.heading()).isEqualTo("关于老旧小区加装电梯的建议");
      assertThat(browser.text()).as("the reply signed and published with it").contains("已列入年度计划，分批实施。");

      browser.click(By.linkText("表决结果"), "polls");
      browser.type(By.id("poll"), pollId).click(By.cssSelector("main form button"), "a poll's result");
      assertThat(browser.url()).isEqualTo(portal + "/polls/" + pollId);
      assertThat(browser.heading()).isEqualTo("关于任命县住房和城乡建设局局长的表决");
      assertThat(browser.text(By.cssSelector("section[aria-labelledby=result-heading] tbody")))
          .contains("任命候选人甲为局长", "通过");
      browser.atPhoneWidth("a poll's result");
      browser.click(By.xpath("//form[contains(@action,'/verification')]//button"), "verify this result");
      assertThat(browser.text(By.id("verification"))).startsWith("核验通过");
      String receipt = browser.driver().findElement(By.cssSelector("ol.receipts code")).getAttribute("textContent");
      browser.type(By.id("code"), receipt).click(By.xpath("//form[contains(@action,'/receipt')]//button"),
          "find my ballot");
      assertThat(browser.text(By.id("ballot"))).contains("回执码 " + receipt + " 对应的选票在票箱中。");

      JsonNode record = new ApiClient(gateway).get("/api/v1/public/" + DemoUsers.COUNTY
          + "/deputies/D-qingshan-001/record", null).json();
      browser.open("/deputies/D-qingshan-001", "a deputy's record");
      assertThat(browser.heading()).isEqualTo(DemoUsers.get("deputy1@qingshan").name() + "："
          + LocalDate.now(CONGRESS_ZONE).getYear() + " 年度履职情况");
      assertThat(browser.text(By.cssSelector("tfoot"))).as("the record's points as deputy-service counts them")
          .endsWith(record.get("points").asString());

      browser.click(By.linkText("意见查询"), "voter opinion form");
      browser.type(By.id("code"), "ZZZZZZZZZZ").click(By.cssSelector("main form button"), "voter opinion, unknown");
      assertThat(browser.text(By.id("code-error"))).isEqualTo("没有查到这个查询码，请核对后再试。");
      browser.type(By.id("code"), code).click(By.cssSelector("main form button"), "a voter's opinion");
      assertThat(browser.text(By.cssSelector("main dl"))).contains("已反馈", "路灯已于本周修复");
      assertThat(browser.text()).as("nothing of the visitor in public").doesNotContain("王先生", "13900000000");
      assertThat(browser.driver().findElement(By.cssSelector("link[rel=alternate]")).getAttribute("href"))
          .as("a feed reader finds the feed from any page").isEqualTo(portal + "/feed.atom");
      List<?> feed = download(browser, "订阅公开信息（Atom）");
      assertThat(feed.get(0)).as(feed.toString()).isEqualTo(200L);
      assertThat((String) feed.get(1)).startsWith("application/atom+xml");
      assertThat((String) feed.get(4)).as("notification-service's feed of the congress, at the portal's address")
          .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"", "urn:lianxin:feed:" + DemoUsers.COUNTY, "<entry>");
      browser.assertAccessible();
      assertThat(browser.axeFindsIn("<!DOCTYPE html><html><head><title>x</title></head><body><img src=\"x.png\">"
          + "<p style=\"color:#bbb\">低对比度</p></body></html>"))
          .as("the check itself: axe sees a page without a language, an image without text, low contrast")
          .contains("html-has-lang", "image-alt", "color-contrast");
    }
  }

  /** A deputy signs in, writes a draft, submits it and finds it in 我的建议 and the notice in 消息; then signs out. */
  @Test
  @Order(2)
  void aDeputyDraftsAndSubmitsASuggestion() {
    String title = "关于在城东新区增设公交站点的建议（" + shortId() + "）";
    try (PortalBrowser browser = browser("deputy")) {
      browser.open("/my/items", "sign-in form");
      assertThat(browser.url()).as("sent to the sign-in server").startsWith(issuer + "/login");
      browser.signIn("deputy1@qingshan", "my items");
      assertThat(browser.url()).as("back where the deputy was going").startsWith(portal + "/my/items");
      assertThat(browser.heading()).isEqualTo("我的建议");
      assertThat(browser.text(By.tagName("header"))).contains(DemoUsers.get("deputy1@qingshan").name(), "退出登录")
          .doesNotContain("工作清单");
      browser.atPhoneWidth("my items");

      browser.click(By.linkText("起草新建议"), "new draft");
      browser.type(By.id("title"), title).choose(By.id("category"), "交通")
          .type(By.id("body"), "城东新区新建小区入住率高，最近的公交站点步行二十分钟，建议增设站点并调整线路。");
      browser.click(By.cssSelector("button[value=draft]"), "draft saved");
      assertThat(browser.heading()).isEqualTo(title);
      assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("草稿已保存。");
      assertThat(stateShown(browser)).isEqualTo("草稿");

      browser.click(By.xpath("//form[contains(@action,'/submission')]//button"), "draft submitted");
      assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("已提交。");
      assertThat(stateShown(browser)).isEqualTo("已提交");
      assertThat(browser.driver().findElements(By.xpath("//form[contains(@action,'/submission')]")))
          .as("no second submission").isEmpty();

      browser.click(By.linkText("返回我的建议"), "my items, submitted");
      assertThat(browser.text(By.xpath("//tr[td/a[text()='" + title + "']]"))).contains("已提交");

      browser.open("/my/inbox", "inbox");
      browser.reloadUntil("inbox, notice arrived", b -> b.text().contains("《" + title + "》已提交"));
      assertThat(browser.text(By.tagName("main"))).contains("建议已提交");

      browser.signOut("signed out");
      assertThat(browser.url()).isEqualTo(portal + "/suggestions");
      assertThat(browser.text(By.tagName("header"))).contains("登录").doesNotContain("退出登录");
      browser.open("/my/items", "sign-in form again");
      assertThat(browser.url()).as("signed out at the sign-in server too").startsWith(issuer + "/login");
      browser.assertAccessible();
    }
  }

  /**
   * The committee office opens its worklists, registers a submitted item (立案) with its category changed, then
   * assigns three registered items at once to a lead unit and a co-unit — one of them assigned by a colleague
   * meanwhile, so the page shows each item's own outcome.
   */
  @Test
  @Order(3)
  void theOfficeBatchAssignsRegisteredItems() {
    ApiClient suggestions = new ApiClient(stack.url("suggestion-service"));
    String staff = token("staff@qingshan");
    List<String> titles = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (String topic : List.of("社区卫生服务站延长服务时间", "农贸市场周边交通秩序整治", "山区学校校车安全管理")) {
      String title = "关于" + topic + "的建议（" + shortId() + "）";
      ApiClient.Response created = suggestions.post("/api/v1/suggestions", token("deputy2@qingshan"),
          Map.of("title", title, "body", topic + "，群众反映强烈。", "category", "OTHER", "draft", false));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      String id = created.json().get("id").asString();
      if (!ids.isEmpty()) { // the first is registered in the browser below
        ApiClient.Response registered = suggestions.post("/api/v1/suggestions/" + id + "/registration", staff,
            Map.of());
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
      }
      titles.add(title);
      ids.add(id);
    }
    try (PortalBrowser browser = browser("office")) {
      browser.open("/office/worklists", "sign-in form");
      browser.signIn("staff@qingshan", "worklists");
      assertThat(browser.heading()).isEqualTo("工作清单");

      // registration (立案) of the first, re-categorised, from the office's item page
      browser.click(By.linkText("待立案"), "worklist to register");
      assertThat(browser.driver().findElements(By.cssSelector("tbody a[href*='/office/items/']")))
          .as("each item of the list links to its page").isNotEmpty();
      browser.open("/office/items/" + ids.get(0), "item to register");
      assertThat(stateShown(browser)).isEqualTo("已提交");
      browser.choose(By.id("category"), "医疗卫生");
      browser.click(By.xpath("//form[contains(@action,'/registration')]//button"), "item registered");
      assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("已立案，待交办。");
      assertThat(stateShown(browser)).isEqualTo("已立案");
      JsonNode registered = suggestions.get("/api/v1/suggestions/" + ids.get(0), staff).json();
      assertThat(registered.get("state").asString()).isEqualTo("REGISTERED");
      assertThat(registered.get("category").asString()).isEqualTo("HEALTHCARE");
      browser.click(By.linkText("返回工作清单"), "worklists after registration");
      long toAssign = new ApiClient(gateway).get("/api/v1/suggestions/worklists/TO_ASSIGN?size=1", staff).json()
          .get("total").asLong();
      assertThat(toAssign).isGreaterThanOrEqualTo(3);
      assertThat(browser.text(By.xpath("//tr[td/a[text()='待交办']]/td[2]"))).isEqualTo(String.valueOf(toAssign));

      browser.click(By.linkText("待交办"), "worklist to assign");
      assertThat(browser.heading()).isEqualTo("待交办");
      assertThat(browser.text(By.tagName("table"))).contains(titles);

      browser.click(By.cssSelector("header a[href$='/office/assignments']"), "batch assignment");
      ids.forEach(id -> browser.check(By.id("s-" + id)));
      browser.choose(By.id("leadUnitId"), "青山县交通运输局");
      browser.check(By.xpath("//label[span[text()='青山县住房和城乡建设局']]/input[@name='coUnitIds']"));
      ApiClient.Response meanwhile = suggestions.post("/api/v1/suggestions/" + ids.get(2) + "/assignment", staff,
          Map.of("leadUnitId", "U-qingshan-education"));
      assertThat(meanwhile.status()).as(meanwhile.body()).isEqualTo(200);
      browser.click(By.cssSelector("main form button[type=submit]"), "batch assigned");

      assertThat(browser.heading()).isEqualTo("交办结果");
      assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("已交办 2 件，未交办 1 件。");
      for (String id : ids.subList(0, 2)) {
        assertThat(browser.text(By.xpath("//tr[td[1][text()='" + id + "']]"))).contains("已交办").doesNotContain("未交办");
        JsonNode item = suggestions.get("/api/v1/suggestions/" + id, staff).json();
        assertThat(item.get("state").asString()).isEqualTo("ASSIGNED");
        assertThat(item.get("assignment").get("leadUnitId").asString()).isEqualTo("U-qingshan-transport");
        assertThat(item.get("assignment").get("coUnitIds").toString()).contains("U-qingshan-housing");
      }
      assertThat(browser.text(By.xpath("//tr[td[1][text()='" + ids.get(2) + "']]")))
          .contains("未交办", "该件当前为“已交办”，不能交办。");
      assertThat(suggestions.get("/api/v1/suggestions/" + ids.get(2), staff).json().get("assignment")
          .get("leadUnitId").asString()).as("the colleague's assignment stands").isEqualTo("U-qingshan-education");

      browser.signOut("signed out");
      browser.assertAccessible();
    }
  }

  /** A leader signs in and reads the items past their reply deadline, as many as suggestion-service lists. */
  @Test
  @Order(4)
  void aLeaderReadsTheOverdueList() {
    try (PortalBrowser browser = browser("leader")) {
      browser.open("/leader/overdue", "sign-in form");
      browser.signIn("leader@qingshan", "overdue list");
      assertThat(browser.heading()).isEqualTo("逾期未答复");
      assertThat(browser.text(By.tagName("nav"))).contains("逾期清单").doesNotContain("工作清单", "我的建议");
      long overdue = new ApiClient(gateway).get("/api/v1/suggestions/worklists/OVERDUE?size=1", token("leader@qingshan"))
          .json().get("total").asLong();
      if (overdue == 0) {
        assertThat(browser.text(By.tagName("main"))).contains("清单中没有事项。");
        assertThat(browser.driver().findElements(By.cssSelector("main table"))).as("no empty table").isEmpty();
      } else {
        assertThat(browser.text(By.tagName("caption"))).isEqualTo("共 " + overdue + " 件");
      }
      browser.signOut("signed out");
      browser.assertAccessible();
    }
  }

  /**
   * A handling unit's handler opens its queue (by reply deadline), accepts (签收) the demo item waiting for it and
   * logs a contact with the deputy (三访) on the item in progress; suggestion-service holds both.
   */
  @Test
  @Order(5)
  void aUnitAcceptsAnItemAndLogsAContact() {
    ApiClient suggestions = new ApiClient(stack.url("suggestion-service"));
    String handler = token("handler@qingshan");
    String toAccept = unitItem(suggestions, handler, "关于完善小区停车设施的建议");
    String inProgress = unitItem(suggestions, handler, "关于加快农村危房改造的建议");
    assertThat(suggestions.get("/api/v1/suggestions/" + toAccept, handler).json().get("state").asString())
        .isEqualTo("ASSIGNED");
    int contactsBefore = suggestions.get("/api/v1/suggestions/" + inProgress, handler).json().get("contacts").size();
    String notes = "办中电话联系代表，通报改造进度（" + shortId() + "）";
    try (PortalBrowser browser = browser("unit")) {
      browser.open("/unit/items", "sign-in form");
      browser.signIn("handler@qingshan", "unit queue");
      assertThat(browser.url()).startsWith(portal + "/unit/items");
      assertThat(browser.heading()).isEqualTo("办理清单");
      assertThat(browser.text(By.tagName("nav"))).contains("办理清单");
      assertThat(browser.text(By.xpath("//tr[td/a[text()='关于完善小区停车设施的建议']]"))).contains("已交办", "主办");
      assertThat(browser.text(By.xpath("//tr[td/a[text()='关于加快农村危房改造的建议']]"))).contains("办理中");
      List<String> deadlines = browser.driver().findElements(By.cssSelector("tbody td:first-child time")).stream()
          .map(t -> t.getAttribute("datetime")).toList();
      assertThat(deadlines).as("the queue by reply deadline, nearest first").isNotEmpty().isSorted();
      browser.atPhoneWidth("unit queue");

      browser.click(By.linkText("关于完善小区停车设施的建议"), "item to accept");
      assertThat(browser.heading()).isEqualTo("关于完善小区停车设施的建议");
      assertThat(stateShown(browser)).isEqualTo("已交办");
      browser.type(By.id("handlerName"), "赵承办").type(By.id("responsibleLeader"), "钱副局长");
      browser.click(By.xpath("//form[contains(@action,'/acceptance')]//button"), "item accepted");
      assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("已签收，建议进入办理。");
      assertThat(stateShown(browser)).isEqualTo("办理中");
      assertThat(browser.text(By.tagName("dl"))).contains("赵承办", "钱副局长");
      assertThat(browser.driver().findElements(By.xpath("//form[contains(@action,'/acceptance')]")))
          .as("no second acceptance").isEmpty();
      JsonNode accepted = suggestions.get("/api/v1/suggestions/" + toAccept, handler).json();
      assertThat(accepted.get("state").asString()).isEqualTo("IN_PROGRESS");
      assertThat(accepted.get("handlerName").asString()).isEqualTo("赵承办");
      assertThat(accepted.get("responsibleLeader").asString()).isEqualTo("钱副局长");

      browser.click(By.linkText("返回办理清单"), "unit queue, accepted");
      browser.click(By.linkText("关于加快农村危房改造的建议"), "item in progress");
      assertThat(stateShown(browser)).isEqualTo("办理中");
      browser.check(By.xpath("//input[@name='phase'][@value='DURING']"))
          .check(By.xpath("//input[@name='mode'][@value='PHONE']")).type(By.id("notes"), notes);
      browser.click(By.xpath("//form[contains(@action,'/contacts')]//button"), "contact logged");
      assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("联系已记录，代表可以确认或提出异议。");
      assertThat(browser.text(By.xpath("//section[@aria-labelledby='contacts-heading']//li[contains(.,'" + notes
          + "')]"))).contains("办中", "电话");
      JsonNode contacts = suggestions.get("/api/v1/suggestions/" + inProgress, handler).json().get("contacts");
      assertThat(contacts.size()).isEqualTo(contactsBefore + 1);
      JsonNode logged = contacts.get(contacts.size() - 1);
      assertThat(logged.get("phase").asString()).isEqualTo("DURING");
      assertThat(logged.get("mode").asString()).isEqualTo("PHONE");
      assertThat(logged.get("notes").asString()).isEqualTo(notes);
      assertThat(logged.get("date").asString()).isEqualTo(LocalDate.now(CONGRESS_ZONE).toString());

      browser.signOut("signed out");
      browser.assertAccessible();
    }
  }

  /**
   * A resident signs in from the 2027 programme's page, proposes a livelihood project (民生实事项目建议) and supports
   * (附议) another resident's proposal; voting-service holds both.
   */
  @Test
  @Order(6)
  void aResidentProposesAndSupportsLivelihoodProjects() {
    ApiClient voting = new ApiClient(stack.url("voting-service"));
    String programme = programme2027(voting, token("citizen1@qingshan"));
    String other = "农村饮水安全巩固提升"; // citizen2's in the demo data
    long supportsBefore = proposal(voting, programme, other).get("supports").asLong();
    String title = "村级文化广场照明改造（" + shortId() + "）";
    try (PortalBrowser browser = browser("resident")) {
      browser.open("/livelihood/" + programme, "programme");
      assertThat(browser.heading()).isEqualTo("青山县2027年民生实事项目");
      assertThat(browser.text()).contains("征集中", "老旧小区加装电梯");
      assertThat(browser.driver().findElements(By.linkText("提出项目建议"))).as("not before signing in").isEmpty();
      browser.click(By.linkText("登录后提出项目建议或附议"), "sign-in form");
      assertThat(browser.url()).startsWith(issuer + "/login");
      browser.signIn("citizen1@qingshan", "programme, signed in");
      assertThat(browser.url()).as("back on the programme").startsWith(portal + "/livelihood/" + programme);
      assertThat(browser.heading()).isEqualTo("青山县2027年民生实事项目");
      assertThat(browser.text(By.tagName("header"))).contains("退出登录");
      browser.click(By.linkText("返回民生实事项目"), "programmes, signed in");
      assertThat(browser.driver().findElement(By.linkText("青山县2027年民生实事项目")).getAttribute("href"))
          .as("the congress's programmes listed to a signed-in resident").endsWith("/livelihood/" + programme);
      browser.click(By.linkText("青山县2027年民生实事项目"), "programme from the list");

      browser.click(By.linkText("提出项目建议"), "proposal form");
      assertThat(browser.heading()).isEqualTo("提出项目建议");
      browser.type(By.id("title"), title).type(By.id("description"), "村文化广场晚间无照明，群众跳舞散步不便，建议安装太阳能路灯。")
          .type(By.id("place"), "南河村").type(By.id("estimatedBenefit"), "惠及全村约八百人");
      browser.click(By.cssSelector("main form button[type=submit]"), "project proposed");
      assertThat(browser.url()).startsWith(portal + "/livelihood/" + programme);
      assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("您的项目建议已提交。");
      assertThat(browser.text(By.tagName("table"))).contains(title, "南河村");
      JsonNode proposed = proposal(voting, programme, title);
      assertThat(proposed.get("place").asString()).isEqualTo("南河村");
      assertThat(proposed.get("supports").asLong()).isZero();

      browser.click(By.cssSelector("button[aria-label='附议“" + other + "”']"), "proposal supported");
      assertThat(browser.text(By.cssSelector("[role=status]")))
          .isEqualTo("已附议，该项目现有 " + (supportsBefore + 1) + " 人附议。");
      assertThat(proposal(voting, programme, other).get("supports").asLong()).isEqualTo(supportsBefore + 1);
      browser.click(By.cssSelector("button[aria-label='附议“" + other + "”']"), "proposal supported again");
      assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("您已附议过这个项目，每人只能附议一次。");
      assertThat(proposal(voting, programme, other).get("supports").asLong()).as("one support a person")
          .isEqualTo(supportsBefore + 1);

      browser.signOut("signed out");
      browser.assertAccessible();
    }
  }

  /**
   * A deputy's item is handled through the API up to the unit's first contact (三访); the deputy confirms the contact
   * on the item's page, and once the reply is signed, reviewed and signed off, rates it on the feedback form (征询意见表).
   */
  @Test
  @Order(7)
  void aDeputyConfirmsTheUnitsContactAndLaterRatesTheReply() {
    ApiClient suggestions = new ApiClient(gateway);
    String deputy = token("deputy1@qingshan");
    String title = "关于改善城南菜市场环境卫生的建议（" + shortId() + "）";
    ApiClient.Response created = suggestions.post("/api/v1/suggestions", deputy, Map.of("title", title,
        "body", "城南菜市场排水不畅，夏季异味明显，建议改造排水并加强保洁。", "category", "URBAN_MANAGEMENT"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asString();
    String path = "/api/v1/suggestions/" + id;
    step(suggestions, "staff@qingshan", path + "/registration", Map.of());
    step(suggestions, "staff@qingshan", path + "/assignment", Map.of("leadUnitId", "U-qingshan-housing"));
    step(suggestions, "handler@qingshan", path + "/acceptance", Map.of("handlerName", "王承办", "responsibleLeader", "李局长"));
    step(suggestions, "handler@qingshan", path + "/contacts", Map.of("phase", "BEFORE",
        "date", LocalDate.now(CONGRESS_ZONE).toString(), "mode", "VISIT", "notes", "到菜市场现场查看排水情况"));

    try (PortalBrowser browser = browser("rater")) {
      browser.open("/my/items/" + id, "sign-in form");
      browser.signIn("deputy1@qingshan", "item with a contact to confirm");
      assertThat(browser.heading()).isEqualTo(title);
      assertThat(browser.text(By.cssSelector("section[aria-labelledby=contacts-heading]")))
          .contains("办前", "到菜市场现场查看排水情况");
      browser.check(By.cssSelector("form[action$='/contacts/1/response'] input[value=CONFIRMED]"))
          .click(By.cssSelector("form[action$='/contacts/1/response'] button"), "contact confirmed");
      assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("已答复这次联系，承办单位会看到。");
      assertThat(browser.text(By.cssSelector("section[aria-labelledby=contacts-heading]"))).contains("代表已确认");
      assertThat(suggestions.get(path, deputy).json().get("contacts").get(0).get("deputyAnswer").get("response")
          .asString()).isEqualTo("CONFIRMED");

      step(suggestions, "handler@qingshan", path + "/reply-draft", Map.of("category", "A",
          "text", "已完成排水管网改造，并安排专人每日保洁。"));
      String state = step(suggestions, "head@qingshan", path + "/reply", Map.of()).get("state").asString();
      if (state.equals("REPLY_IN_REVIEW")) { // the committee's review and the leader's sign-off (ADR 0007)
        step(suggestions, "staff@qingshan", path + "/reply-review", Map.of("decision", "APPROVED"));
        state = step(suggestions, "leader@qingshan", path + "/reply-sign-off", Map.of("decision", "APPROVED"))
            .get("state").asString();
      }
      assertThat(state).isEqualTo("REPLIED");

      browser.open("/my/items/" + id, "item with the reply to rate");
      assertThat(browser.text(By.cssSelector("section[aria-labelledby=replies-heading]")))
          .contains("已完成排水管网改造，并安排专人每日保洁。", "征询意见表");
      browser.check(By.cssSelector("input[name=rating][value=SATISFIED]"))
          .type(By.id("comment"), "办理及时，效果明显。")
          .click(By.cssSelector("form[action$='/evaluation'] button"), "reply rated");
      assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("评价已提交，谢谢。");
      JsonNode evaluation = suggestions.get(path, deputy).json().get("evaluations").get(0);
      assertThat(evaluation.get("rating").asString()).isEqualTo("SATISFIED");
      assertThat(evaluation.get("comment").asString()).isEqualTo("办理及时，效果明显。");
      browser.signOut("signed out");
      browser.assertAccessible();
    }
  }

  /**
   * Staff draft a named public poll in the browser (表决组织) and open it; a deputy votes on its ballot in the browser and
   * keeps the receipt, a second deputy votes through the API; staff close, count and publish in the browser; the
   * published result is verified and the deputy's ballot found in the box by that receipt.
   */
  @Test
  @Order(8)
  void staffRunAPollDeputiesVoteInAndTheResultIsVerifiedAndTheBallotFound() {
    ApiClient voting = new ApiClient(gateway);
    String title = "关于批准县城市更新实施方案的表决（" + shortId() + "）";
    String item = "批准县城市更新实施方案";
    try (PortalBrowser office = browser("poll staff"); PortalBrowser browser = browser("voter")) {
      office.open("/office/polls/new", "sign-in form");
      office.signIn("staff@qingshan", "new poll");
      office.type(By.id("title"), title).type(By.id("items"), item)
          .check(By.xpath("//input[@name='rollKind'][@value='LIST']"))
          .type(By.id("deputyIds"), "D-qingshan-001\nD-qingshan-002\n").check(By.name("isPublic"));
      if (office.driver().findElement(By.name("secret")).isSelected()) {
        office.driver().findElement(By.name("secret")).click(); // named: no scrutineers' ceremony
      }
      office.click(By.xpath("//form[contains(@action,'/office/polls')]//button"), "poll drafted");
      assertThat(office.text(By.cssSelector("[role=status]"))).isEqualTo("表决草稿已保存，名单已按代表名册确定。");
      assertThat(office.text(By.tagName("dl"))).contains("尚未开始", "记名表决", item, "共 2 人");
      java.util.regex.Matcher id = java.util.regex.Pattern.compile("/office/polls/([^/?#]+)").matcher(office.url());
      assertThat(id.find()).as(office.url()).isTrue();
      String pollId = id.group(1);
      String path = "/api/v1/polls/" + pollId;
      JsonNode drafted = voting.get(path, token("staff@qingshan")).json();
      assertThat(drafted.get("title").asString()).isEqualTo(title);
      assertThat(drafted.get("secret").asBoolean()).isFalse();
      assertThat(drafted.get("isPublic").asBoolean()).isTrue();
      assertThat(drafted.get("items").size()).isEqualTo(1);
      assertThat(drafted.get("items").get(0).asString()).as("the one line sent, the empty one not").isEqualTo(item);
      assertThat(drafted.get("rollSize").asInt()).isEqualTo(2);
      office.click(By.id("opening-button"), "poll opened");
      assertThat(office.text(By.cssSelector("[role=status]"))).isEqualTo("表决已开始，名单已固定。");
      office.atPhoneWidth("poll open");

      browser.open("/my/polls", "sign-in form");
      browser.signIn("deputy1@qingshan", "my polls");
      browser.click(By.linkText(title), "ballot");
      assertThat(browser.text()).contains("记名表决", item);
      browser.check(By.cssSelector("input[name=a0][value=YES]")).click(By.cssSelector("main form button"), "voted");
      assertThat(browser.heading()).isEqualTo("您已投票");
      String receipt = browser.text(By.id("receipt"));
      assertThat(receipt).isNotBlank();
      step(voting, "deputy2@qingshan", path + "/ballots", Map.of("answers", Map.of(item, "NO")));

      office.open("/office/polls/" + pollId, "poll with its ballots");
      assertThat(office.text(By.tagName("dl"))).contains("已投 2 票，应投 2 人");
      office.click(By.id("closing-button"), "poll closed");
      assertThat(office.text(By.cssSelector("[role=status]"))).isEqualTo("投票已结束。");
      office.click(By.id("tally-button"), "poll counted");
      assertThat(office.text(By.cssSelector("[role=status]"))).isEqualTo("已计票。");
      office.click(By.id("publication-button"), "result published");
      assertThat(office.text(By.cssSelector("[role=status]"))).isEqualTo("表决结果已公布。");
      assertThat(voting.get(path, token("staff@qingshan")).json().get("state").asString()).isEqualTo("PUBLISHED");
      office.signOut("signed out");
      office.assertAccessible();

      browser.click(By.linkText("在公开的表决结果中查找"), "the published result");
      assertThat(browser.url()).as("the lookup is the form on the result's page").startsWith(portal + "/polls/" + pollId);
      assertThat(browser.text(By.cssSelector("section[aria-labelledby=result-heading] tbody"))).contains(item);
      browser.click(By.xpath("//form[contains(@action,'/verification')]//button"), "the result verified");
      assertThat(browser.text(By.id("verification"))).startsWith("核验通过");
      browser.type(By.id("code"), receipt).click(By.xpath("//form[contains(@action,'/receipt')]//button"),
          "my ballot found");
      assertThat(browser.url()).as("posted: no receipt in the address").doesNotContain(receipt);
      assertThat(browser.text(By.id("ballot"))).contains("回执码 " + receipt + " 对应的选票在票箱中。", "赞成");
      JsonNode box = voting.get("/api/v1/public/polls/" + pollId + "/result", null).json().get("ballotBox");
      assertThat(box.findValuesAsString("receipt")).as("the receipt the page gave is in the published box")
          .contains(receipt);
      browser.signOut("signed out");
      browser.assertAccessible();
    }
  }

  @Test
  @Order(9)
  void aUnitAnswersAProblemListWithItsRectificationListProgressAndReport() {
    ApiClient supervision = new ApiClient(gateway);
    String title = "关于县住建局城镇燃气安全整治工作情况报告的审议意见（" + shortId() + "）";
    String opinionId;
    try (PortalBrowser office = browser("office")) {
      office.open("/office/opinions/new", "sign-in form");
      office.signIn("staff@qingshan", "new review opinion");
      office.type(By.id("title"), title).choose(By.id("bodyUnitId"), "青山县住房和城乡建设局")
          .type(By.id("text"), "常委会组成人员审议认为，燃气管道老化问题突出。")
          .type(By.id("problems"), "老旧燃气管道改造滞后\n\n用户安全宣传不到位\n");
      office.click(By.xpath("//form[contains(@action,'/office/opinions')]//button"), "review opinion issued");
      assertThat(office.text(By.cssSelector("[role=status]"))).isEqualTo("审议意见已交办，整改清单在 15 日内报送。");
      java.util.regex.Matcher id = java.util.regex.Pattern.compile("/office/opinions/([0-9a-f-]{36})")
          .matcher(office.url());
      assertThat(id.find()).as(office.url()).isTrue();
      opinionId = id.group(1);
      office.signOut("signed out");
      office.assertAccessible();
    }
    String path = "/api/v1/opinions/" + opinionId;
    JsonNode issued = supervision.get(path, token("staff@qingshan")).json();
    assertThat(issued.get("title").asString()).isEqualTo(title);
    assertThat(issued.get("bodyUnitId").asString()).isEqualTo("U-qingshan-housing");
    assertThat(issued.get("problems").findValuesAsString("description"))
        .containsExactly("老旧燃气管道改造滞后", "用户安全宣传不到位");
    LocalDate today = LocalDate.now(CONGRESS_ZONE);
    String report = "两项整改措施已落实一项，另一项按计划推进。";
    try (PortalBrowser browser = browser("rectifier")) {
      browser.open("/unit/opinions", "sign-in form");
      browser.signIn("handler@qingshan", "unit's review opinions");
      assertThat(browser.heading()).isEqualTo("审议意见整改");
      assertThat(browser.text(By.xpath("//tr[td/a[text()='" + title + "']]"))).contains("已交办，待报送整改清单",
          "0 / 0 项措施已完成");
      browser.click(By.linkText(title), "opinion issued");
      assertThat(stateShown(browser)).isEqualTo("已交办，待报送整改清单");
      assertThat(browser.text(By.cssSelector("section[aria-labelledby=problems-heading] tbody")))
          .contains("老旧燃气管道改造滞后", "用户安全宣传不到位");
      browser.type(By.id("m0-action"), "完成城区老旧燃气管道改造").type(By.id("m0-owner"), "燃气办 孙某")
          .date(By.id("m0-due"), today.plusMonths(6));
      browser.click(By.xpath("//form[contains(@action,'/rectification-list')]//button"), "list refused");
      assertThat(browser.text(By.id("measures-error"))).as("the service names the problem left without a measure")
          .contains("2");
      assertThat(browser.driver().findElement(By.id("m0-action")).getAttribute("value"))
          .isEqualTo("完成城区老旧燃气管道改造");
      browser.type(By.id("m1-action"), "开展燃气安全进社区宣传").type(By.id("m1-owner"), "燃气办 周某")
          .date(By.id("m1-due"), today.plusMonths(2));
      browser.click(By.xpath("//form[contains(@action,'/rectification-list')]//button"), "list submitted");
      assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("整改清单已报送，请按措施逐项报告整改进度。");
      assertThat(stateShown(browser)).isEqualTo("整改中");
      browser.atPhoneWidth("opinion rectifying");

      browser.check(By.xpath("//form[contains(@action,'/measures/M1/')]//input[@value='DONE']"))
          .type(By.id("M1-evidence"), "改造验收记录及照片");
      browser.click(By.xpath("//form[contains(@action,'/measures/M1/')]//button"), "measure done");
      assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("整改进度已报告。");
      browser.check(By.xpath("//form[contains(@action,'/measures/M2/')]//input[@value='IN_PROGRESS']"));
      browser.click(By.xpath("//form[contains(@action,'/measures/M2/')]//button"), "measure under way");
      assertThat(browser.text(By.xpath("//section[@aria-labelledby='problems-heading']//tr[td[text()='老旧燃气管道改造滞后']]")))
          .contains("1 / 1 项措施已完成");
      browser.type(By.id("report"), report);
      browser.click(By.xpath("//form[contains(@action,'/report')]//button"), "report submitted");
      assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("整改情况报告已报送主任会议。");
      assertThat(stateShown(browser)).isEqualTo("已报告整改情况");
      assertThat(browser.text(By.cssSelector("section[aria-labelledby=report-heading]"))).contains(report);

      JsonNode held = supervision.get(path, token("staff@qingshan")).json();
      assertThat(held.get("status").asString()).isEqualTo("REPORTED");
      JsonNode round = held.get("rounds").get(0);
      assertThat(round.get("report").asString()).isEqualTo(report);
      JsonNode measures = round.get("measures");
      assertThat(measures.size()).isEqualTo(2);
      assertThat(measures.get(0).get("problemNumbers").get(0).asInt()).isEqualTo(1);
      assertThat(measures.get(0).get("owner").asString()).isEqualTo("燃气办 孙某");
      assertThat(measures.get(0).get("dueOn").asString()).isEqualTo(today.plusMonths(6).toString());
      assertThat(measures.get(0).get("status").asString()).isEqualTo("DONE");
      assertThat(measures.get(0).get("evidence").asString()).isEqualTo("改造验收记录及照片");
      assertThat(measures.get(1).get("status").asString()).isEqualTo("IN_PROGRESS");
      browser.signOut("signed out");
      browser.assertAccessible();
    }

    // the office publishes it (公开): anyone reads the list, the progress and the report without signing in
    try (PortalBrowser browser = browser("publisher")) {
      browser.open("/office/opinions/" + opinionId, "sign-in form");
      browser.signIn("staff@qingshan", "review opinion reported");
      assertThat(stateShown(browser)).isEqualTo("已报告整改情况");
      browser.click(By.xpath("//form[contains(@action,'/publication')]//button"), "review opinion published");
      assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("审议意见已公开。");
      assertThat(supervision.get(path, token("staff@qingshan")).json().get("published").asBoolean()).isTrue();
      browser.signOut("signed out");
      browser.open("/review-opinions", "published review opinions");
      assertThat(browser.text(By.xpath("//tr[td/a[text()='" + title + "']]"))).contains("住", "已报告整改情况",
          "1 / 2 项措施已完成");
      browser.click(By.linkText(title), "published review opinion");
      assertThat(browser.text(By.tagName("article"))).contains("老旧燃气管道改造滞后", "完成城区老旧燃气管道改造",
          "改造验收记录及照片", report).doesNotContain("报告进度");
      browser.assertAccessible();
    }
  }

  /** A step through the API that must be taken: its answer. */
  private JsonNode step(ApiClient api, String user, String path, Object body) {
    ApiClient.Response response = api.post(path, token(user), body);
    assertThat(response.status()).as(path + ": " + response.body()).isBetween(200, 201);
    return response.json();
  }

  /** The id of the demo item titled {@code title} among the signed-in unit's items. */
  private static String unitItem(ApiClient suggestions, String token, String title) {
    JsonNode items = suggestions.get("/api/v1/suggestions?size=200", token).json();
    for (JsonNode item : items.get("items")) {
      if (title.equals(item.get("title").asString())) {
        return item.get("id").asString();
      }
    }
    throw new AssertionError("the demo data assigned no item " + title + " to the unit: " + items);
  }

  /**
   * The committee office reads this year's handling report (办理情况报告): its figures suggestion-service's, the units by
   * the register's names; it downloads the CSV and the workbook through the portal; the housing bureau's handler reads
   * its commitments ledger (答复承诺事项台账) and opens an item from it.
   */
  @Test
  @Order(10)
  void theOfficeReadsAndDownloadsTheHandlingReportAndAUnitReadsItsCommitmentsLedger() {
    int year = LocalDate.now(CONGRESS_ZONE).getYear();
    ApiClient api = new ApiClient(gateway);
    JsonNode totals = api.get("/api/v1/suggestions/statistics?year=" + year, token("staff@qingshan")).json()
        .get("totals");
    assertThat(totals.get("items").asInt()).as("the demo data numbers items this year").isPositive();
    String housing = api.get("/api/v1/units/U-qingshan-housing", token("staff@qingshan")).json().get("name")
        .asString();
    try (PortalBrowser browser = browser("office")) {
      browser.open("/reports/handling", "sign-in form");
      browser.signIn("staff@qingshan", "handling report");
      assertThat(browser.heading()).isEqualTo(year + " 年建议办理情况");
      assertThat(figure(browser, "建议件数")).isEqualTo(String.valueOf(totals.get("items").asInt()));
      assertThat(figure(browser, "已答复")).isEqualTo(String.valueOf(totals.get("replied").asInt()));
      assertThat(figure(browser, "逾期未答复")).isEqualTo(String.valueOf(totals.get("overdueItems").asInt()));
      String units = browser.text(By.cssSelector("div[aria-labelledby=by-unit]"));
      assertThat(units).as("units by name").contains(housing).doesNotContain("U-qingshan-");
      assertThat(browser.driver().findElements(By.cssSelector("svg.bar"))).as("the charts' bars").isNotEmpty();
      browser.atPhoneWidth("handling report");

      List<?> csv = download(browser, "下载 CSV 文件");
      assertThat(csv.get(0)).as(csv.toString()).isEqualTo(200L);
      assertThat((String) csv.get(1)).startsWith("text/csv");
      assertThat(csv.get(2)).isEqualTo("attachment; filename=\"suggestions-" + year + ".csv\"");
      assertThat(csv.get(3)).as("UTF-8 with its BOM, for Excel and WPS").isEqualTo(List.of(239L, 187L, 191L));
      assertThat((String) csv.get(4)).as("names, not ids").contains(housing);
      List<?> workbook = download(browser, "下载 Excel 工作簿（.xlsx）");
      assertThat(workbook.get(0)).as(workbook.toString()).isEqualTo(200L);
      assertThat(workbook.get(1)).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      assertThat(workbook.get(3)).as("a zip archive, as an .xlsx is").isEqualTo(List.of(80L, 75L, 3L));
      browser.signOut("signed out");
      browser.assertAccessible();
    }
    String handler = token("handler@qingshan");
    long owed = api.get("/api/v1/suggestions/statistics/commitments?status=OPEN&size=1", handler).json().get("total")
        .asLong();
    assertThat(owed).as("the demo data's replies made commitments").isPositive();
    try (PortalBrowser browser = browser("unit")) {
      browser.open("/reports/commitments?status=OPEN", "sign-in form");
      browser.signIn("handler@qingshan", "commitments ledger");
      assertThat(browser.heading()).isEqualTo("答复承诺事项台账");
      assertThat(browser.text(By.tagName("caption"))).isEqualTo("共 " + owed + " 项");
      assertThat(browser.text(By.cssSelector("main table"))).contains("年底前完成首批改造", "未兑现");
      List<String> due = browser.driver().findElements(By.cssSelector("tbody td:first-child time")).stream()
          .map(t -> t.getAttribute("datetime")).toList();
      assertThat(due).as("by due date, nearest first").isSorted();
      browser.click(By.xpath("//tr[td[text()='年底前完成首批改造']]//a"), "item from the ledger");
      assertThat(browser.url()).contains("/unit/items/");
      assertThat(browser.text(By.tagName("main"))).contains("年底前完成首批改造");
      browser.signOut("signed out");
      browser.assertAccessible();
    }
  }

  /**
   * A deputy opens 我的履职: the duty day flow 1 planned at their home today is listed; they file this year's report to
   * the voters (年述职) at the home they are attached to; deputy-service holds it, and the form is no longer offered.
   */
  @Test
  @Order(11)
  void aDeputyReadsTheirDutyDaysAndFilesThisYearsReportToTheVoters() {
    LocalDate today = LocalDate.now(CONGRESS_ZONE);
    String text = "一年来，我参加代表活动十二次，进站接待选民六次，提出建议五件（" + shortId() + "）。";
    ApiClient deputies = new ApiClient(gateway);
    String deputy = token("deputy1@qingshan");
    assertThat(deputies.get("/api/v1/deputies/D-qingshan-001/reports", deputy).json().get("total").asLong())
        .as("no report of the demo deputy yet").isZero();
    try (PortalBrowser browser = browser("deputy work")) {
      browser.open("/my/work", "sign-in form");
      browser.signIn("deputy1@qingshan", "my work");
      assertThat(browser.heading()).isEqualTo("我的履职");
      assertThat(browser.driver().findElements(By.xpath("//section[@aria-labelledby='duty-heading']//time[@datetime='"
          + today + "']"))).as("the duty day planned today at the deputy's home").isNotEmpty();
      assertThat(browser.text(By.cssSelector("#stationId option[selected]"))).isEqualTo("城关镇人大代表之家");
      browser.date(By.id("hearingOn"), today.plusDays(7)).type(By.id("text"), text);
      browser.click(By.xpath("//form[contains(@action,'/my/work/report')]//button"), "report filed");
      assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("述职报告已提交，代表工作机构将安排述职会。");
      assertThat(browser.text(By.cssSelector("section[aria-labelledby=reports-heading]"))).contains(
          today.getYear() + " 年度述职", "已提交，待述职", text);
      assertThat(browser.driver().findElements(By.xpath("//form[contains(@action,'/my/work/report')]")))
          .as("one report a year").isEmpty();
      browser.atPhoneWidth("my work");
      browser.signOut("signed out");
      browser.assertAccessible();
    }
    JsonNode report = deputies.get("/api/v1/deputies/D-qingshan-001/reports", deputy).json().get("items").get(0);
    assertThat(report.get("year").asInt()).isEqualTo(today.getYear());
    assertThat(report.get("stationId").asString()).isEqualTo("S-qingshan-home-1");
    assertThat(report.get("hearingOn").asString()).isEqualTo(today.plusDays(7).toString());
    assertThat(report.get("text").asString()).isEqualTo(text);
    assertThat(report.get("state").asString()).isEqualTo("FILED");
  }

  private static String figure(PortalBrowser browser, String term) {
    return browser.text(By.xpath("//dl[@class='figures']/dt[text()='" + term + "']/following-sibling::dd[1]"));
  }

  /**
   * The file behind a link, fetched in the page with the browser's own session (the portal passes the service's file
   * on): status, type, Content-Disposition, its first three bytes and its text.
   */
  private static List<?> download(PortalBrowser browser, String link) {
    String href = browser.driver().findElement(By.linkText(link)).getAttribute("href");
    Object answer = browser.driver().executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0]).then(r => r.arrayBuffer().then(b => {
          const bytes = new Uint8Array(b);
          done([r.status, r.headers.get('content-type'), r.headers.get('content-disposition'),
                Array.from(bytes.slice(0, 3)), new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes)]);
        })).catch(e => done(['failed', String(e)]));""", href);
    assertThat(answer).as(link).isInstanceOf(List.class);
    return (List<?>) answer;
  }

  /** The id of the demo data's 2027 programme, as voting-service lists it to a signed-in resident. */
  private static String programme2027(ApiClient voting, String token) {
    JsonNode programmes = voting.get("/api/v1/programmes?size=100", token).json();
    for (JsonNode programme : programmes.get("items")) {
      if (programme.get("year").asInt() == 2027) {
        return programme.get("id").asString();
      }
    }
    throw new AssertionError("the demo data has no 2027 programme: " + programmes);
  }

  /** A proposal of the programme by its title, as anyone reads it. */
  private static JsonNode proposal(ApiClient voting, String programme, String title) {
    JsonNode proposals = voting.get("/api/v1/public/programmes/" + programme + "/proposals?size=100", null).json();
    for (JsonNode proposal : proposals.get("items")) {
      if (title.equals(proposal.get("title").asString())) {
        return proposal;
      }
    }
    throw new AssertionError("no proposal " + title + " in the programme: " + proposals);
  }

  private PortalBrowser browser(String role) {
    return new PortalBrowser(portal, role, timings, findings);
  }

  private static String stateShown(PortalBrowser browser) {
    return browser.text(By.xpath("//dt[text()='状态']/following-sibling::dd[1]"));
  }

  private String token(String user) {
    return stack.tokenFor(DemoUsers.get(user));
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** The id of a poll of the demo data published under {@code title}. */
  private String publishedPoll(String title) {
    JsonNode polls = new ApiClient(gateway).get("/api/v1/polls?state=PUBLISHED&size=100", token("staff@qingshan"))
        .json();
    for (JsonNode poll : polls.get("items")) {
      if (title.equals(poll.get("title").asString())) {
        return poll.get("id").asString();
      }
    }
    throw new AssertionError("the demo data published no poll " + title + ": " + polls);
  }

  /**
   * A voter's opinion taken at a reception day of the demo's deputy home, handed to a unit, answered and the voter
   * told: its tracking code (查询码).
   */
  private String answeredVoterOpinion(String opinion, String answer) {
    ApiClient deputies = new ApiClient(stack.url("deputy-service"));
    String staff = token("staff@qingshan");
    String day = "/api/v1/reception-days/R-portal-" + shortId();
    ApiClient.Response planned = deputies.put(day, staff, Map.of("stationId", "S-qingshan-home-1",
        "date", LocalDate.now(CONGRESS_ZONE).toString(), "startsAt", "09:00", "endsAt", "11:30",
        "deputyIds", List.of("D-qingshan-001")));
    assertThat(planned.status()).as(planned.body()).isEqualTo(200);
    ApiClient.Response visit = deputies.post(day + "/visits", staff, Map.of("visitorName", "王先生",
        "contact", "13900000000", "opinions", List.of(opinion)));
    assertThat(visit.status()).as(visit.body()).isIn(200, 201);
    String code = visit.json().get(0).get("trackingCode").asString();
    String path = "/api/v1/voter-opinions/" + code;
    for (var step : List.of(Map.entry("/assignment", Map.of("unitId", "U-qingshan-housing")),
        Map.entry("/answer", Map.of("answer", answer)), Map.entry("/feedback", Map.of("mode", "PHONE")))) {
      ApiClient.Response r = deputies.post(path + step.getKey(), staff, step.getValue());
      assertThat(r.status()).as(step.getKey() + ": " + r.body()).isEqualTo(200);
    }
    return code;
  }
}
