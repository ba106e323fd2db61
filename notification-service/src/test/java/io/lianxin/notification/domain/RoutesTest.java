package io.lianxin.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.events.EventCatalog;
import io.lianxin.events.EventSchemaValidator;
import io.lianxin.events.EventType;
import io.lianxin.notification.messaging.RoutesLoader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped routing table against the event contracts: no typo can send a blank or a wrong field. */
class RoutesTest {

  static final RoutesLoader.RoutesFile FILE = RoutesLoader.read(new ClassPathResource("lianxin/notification-routes.json"));
  static final List<Route> ROUTES = FILE.routes();
  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  /** Coded values written as they are, on purpose: A / B / C 类 are the official reply categories (答复分类). */
  static final Set<String> CODES_AS_THEY_ARE = Set.of("replyCategory");
  static final JsonMapper JSON = JsonMapper.builder().build();
  /** Types that tell nobody, on purpose: internal steps of a draft and of a reply. */
  static final Set<String> UNROUTED = Set.of("lianxin.suggestion.edited.v1", "lianxin.suggestion.reply-drafted.v1",
      // the suggestion a motion became: its deputies are told by motion-converted; it waits in the office's worklist
      "lianxin.suggestion.converted-from-motion.v1");

  @Test
  void everySuggestionEventHasARouteUnlessDeliberatelySilent() {
    Set<String> routed = new HashSet<>();
    ROUTES.forEach(r -> routed.add(r.type()));
    for (EventType type : EventCatalog.all()) {
      if (type.name().startsWith("lianxin.suggestion.") && !UNROUTED.contains(type.name())) {
        assertThat(routed).as(type.name()).contains(type.name());
      }
    }
  }

  /** Voting events nobody is told of: drafts, throttled turnout, staff's intermediate steps. */
  static final Set<String> VOTING_UNROUTED = Set.of("lianxin.voting.poll-created.v1", "lianxin.voting.turnout-changed.v1",
      "lianxin.voting.paper-tally-entered.v1", "lianxin.voting.poll-tallied.v1", "lianxin.voting.programme-voting-started.v1",
      // the scrutineers' own steps: on the poll's history, nobody to tell
      "lianxin.voting.key-ceremony-step.v1", "lianxin.voting.decryption-share-given.v1");

  @Test
  void everyVotingEventHasARouteUnlessDeliberatelySilent() {
    Set<String> routed = new HashSet<>();
    ROUTES.forEach(r -> routed.add(r.type()));
    for (EventType type : EventCatalog.all()) {
      if (type.name().startsWith("lianxin.voting.") && !VOTING_UNROUTED.contains(type.name())) {
        assertThat(routed).as(type.name()).contains(type.name());
      }
    }
  }

  /**
   * Supervision events nobody is told of: a measure's step (the body's own work; overdue measures are
   * told), the vote requests (voting's poll-opened tells the members); an activity's office-internal
   * steps: preparation begun (the deputies are told when allocated), its opinion recorded (the
   * opinion's own opinion-issued tells the body) and its closing (the opinion's loop tells its end);
   * an inquiry's questions drafted and answered (the meeting's record; a commitment is told when overdue).
   */
  static final Set<String> SUPERVISION_UNROUTED = Set.of("lianxin.supervision.measure-updated.v1",
      "lianxin.supervision.satisfaction-vote-requested.v1", "lianxin.supervision.score-vote-requested.v1",
      "lianxin.supervision.activity-preparation-started.v1", "lianxin.supervision.activity-opinion-issued.v1",
      "lianxin.supervision.activity-closed.v1", "lianxin.supervision.inquiry-question-drafted.v1",
      "lianxin.supervision.inquiry-question-answered.v1",
      // a performance review's steps per subject (its record; the rectification opinion tells the body itself)
      "lianxin.supervision.performance-review-step-recorded.v1",
      // an answer to an opinion form: the office reads who answered on the form itself
      "lianxin.supervision.opinion-form-answered.v1");

  @Test
  void everySupervisionEventHasARouteUnlessDeliberatelySilent() {
    Set<String> routed = new HashSet<>();
    ROUTES.forEach(r -> routed.add(r.type()));
    for (EventType type : EventCatalog.all()) {
      if (type.name().startsWith("lianxin.supervision.") && !SUPERVISION_UNROUTED.contains(type.name())) {
        assertThat(routed).as(type.name()).contains(type.name());
      }
    }
  }

  /**
   * Deputy-service events nobody is told of: the register's own changes (the copies consume them), what only
   * counts in deputies' records (a day held, a report heard, training attended, a contact logged).
   */
  static final Set<String> DEPUTY_UNROUTED = Set.of("lianxin.deputy.deputy-registered.v1",
      "lianxin.deputy.deputy-updated.v1", "lianxin.deputy.deputy-left.v1", "lianxin.deputy.unit-registered.v1",
      "lianxin.deputy.unit-updated.v1", "lianxin.deputy.unit-left.v1", "lianxin.deputy.station-registered.v1",
      "lianxin.deputy.station-updated.v1", "lianxin.deputy.station-closed.v1", "lianxin.deputy.congress-registered.v1",
      "lianxin.deputy.congress-updated.v1", "lianxin.deputy.working-body-registered.v1",
      "lianxin.deputy.working-body-updated.v1", "lianxin.deputy.working-body-dissolved.v1",
      "lianxin.deputy.reception-day-held.v1",
      "lianxin.deputy.annual-report-heard.v1", "lianxin.deputy.training-attended.v1", "lianxin.deputy.contact-logged.v1");

  @Test
  void everyDeputyWorkEventHasARouteUnlessDeliberatelySilent() {
    Set<String> routed = new HashSet<>();
    ROUTES.forEach(r -> routed.add(r.type()));
    for (EventType type : EventCatalog.all()) {
      if (type.name().startsWith("lianxin.deputy.") && !DEPUTY_UNROUTED.contains(type.name())) {
        assertThat(routed).as(type.name()).contains(type.name());
      }
    }
  }

  @Test
  void everyPlaceholderAndRecipientFieldExistsInTheEventsSchema() {
    Pattern placeholder = Pattern.compile("\\{([A-Za-z]+)}");
    for (Route route : ROUTES) {
      EventType type = EventCatalog.find(route.type()).orElseThrow(() -> new AssertionError("unknown " + route.type()));
      JsonNode properties = JSON.readTree(EventSchemaValidator.schema(type)).get("properties");
      for (Route.Template t : route.allTemplates().stream().flatMap(texts -> texts.values().stream()).toList()) {
        Matcher m = placeholder.matcher(t.title() + " " + t.body());
        while (m.find()) {
          assertThat(properties.has(m.group(1))).as(route.type() + " uses {" + m.group(1) + "}").isTrue();
        }
      }
      for (String selector : route.to()) {
        String target = selector.substring(selector.indexOf(':') + 1);
        if (target.startsWith("$")) {
          assertThat(properties.has(target.substring(1))).as(route.type() + " sends to " + selector).isTrue();
        }
      }
    }
  }

  @Test
  void theExampleOfEveryRoutedTypeReachesSomeoneWithFilledTexts() {
    NotificationRouting routing = new NotificationRouting(ROUTES, FILE.valueLabels(), BEIJING);
    for (Route route : ROUTES) {
      JsonNode example = JSON.readTree(EventSchemaValidator.example(EventCatalog.find(route.type()).orElseThrow()));
      @SuppressWarnings("unchecked")
      Map<String, Object> data = JSON.convertValue(example.get("data"), Map.class);
      var event = new NotificationRouting.RoutableEvent(example.get("id").asString(), route.type(), "C",
          example.get("subject").asString(), Instant.now(), data);
      List<Notification> notifications = routing.route(event, (e, r) -> e + "|" + r);
      assertThat(notifications).as(route.type()).isNotEmpty();
      notifications.forEach(n -> {
        assertThat(n.message().bodyZh()).doesNotContain("{").isNotBlank();
        assertThat(n.message().bodyEn()).doesNotContain("{").isNotBlank();
        assertReadable(route.type(), n.message());
      });
    }
  }

  @Test
  void everyVariantsConditionNamesAFieldAndAValueOfTheEventsSchemaAndItsTextsReadWell() {
    NotificationRouting routing = new NotificationRouting(ROUTES, FILE.valueLabels(), BEIJING);
    for (Route route : ROUTES) {
      EventType type = EventCatalog.find(route.type()).orElseThrow();
      JsonNode properties = JSON.readTree(EventSchemaValidator.schema(type)).get("properties");
      for (Route.Variant variant : route.variants()) {
        // given the type's example with the variant's condition made true
        @SuppressWarnings("unchecked")
        Map<String, Object> data = JSON.convertValue(JSON.readTree(EventSchemaValidator.example(type)).get("data"),
            Map.class);
        variant.when().forEach((field, value) -> {
          JsonNode codes = properties.path(field).path("enum");
          assertThat(properties.has(field)).as(route.type() + " variant on " + field).isTrue();
          if (codes.isArray()) {
            assertThat(codes.toString()).as(route.type() + " " + field + " = " + value).contains("\"" + value + "\"");
          }
          data.put(field, value);
        });
        // when
        Notification n = routing.route(new NotificationRouting.RoutableEvent("e", route.type(), "C", "s", Instant.now(),
            data), (e, r) -> e + "|" + r).get(0);
        // expect the variant's texts, filled
        assertThat(n.message().bodyZh()).as(route.type() + " " + variant.when())
            .isEqualTo(MessageText.in("zh-CN", BEIJING).labelled(FILE.valueLabels())
                .fill(variant.template().get("zh-CN").body(), data));
        assertReadable(route.type() + " " + variant.when(), n.message());
      }
    }
  }

  static Map<String, Object> publishedResult(String outcome, List<String> passed, List<String> selected,
      List<String> tied, Integer seats, Integer seatsUnfilled) {
    Map<String, Object> data = new java.util.HashMap<>();
    data.put("title", "选举");
    data.put("valid", !"NO_QUORUM".equals(outcome));
    data.put("quorumMet", !"NO_QUORUM".equals(outcome));
    data.put("passed", passed);
    data.put("selected", selected);
    data.put("tiedAtCutoff", tied);
    data.put("seats", seats);
    data.put("seatsUnfilled", seatsUnfilled);
    data.put("outcome", outcome);
    data.put("boxDigest", "9f2c".repeat(16));
    data.put("roll", List.of("D1"));
    data.put("publicFeed", "feed");
    return data;
  }

  static Notification.Message published(Map<String, Object> data) {
    return new NotificationRouting(ROUTES, FILE.valueLabels(), BEIJING).route(new NotificationRouting.RoutableEvent("e",
        "lianxin.voting.result-published.v1", "C", "s", Instant.now(), data), (e, r) -> e + "|" + r).get(0).message();
  }

  @Test
  void aPublishedInquoratePollSaysTheVoteIsVoidNotAPassList() {
    // given a result without quorum / when routed
    Notification.Message m = published(publishedResult("NO_QUORUM", List.of(), List.of(), List.of(), null, null));
    // expect
    assertThat(m.bodyZh()).isEqualTo("《选举》结果已公布。未达到法定人数，表决无效。票箱摘要 " + "9f2c".repeat(16)
        + "，可凭回执核对本人选票。").doesNotContain("通过");
    assertThat(m.bodyEn()).startsWith("The result of \"选举\" is published. Quorum not reached: the vote is void. ")
        .doesNotContain("assed");
  }

  @Test
  void aTieAtTheCutOffSaysWhoWasSelectedAndThatTheLastSeatsAreUndecided() {
    // given two seats, three candidates tied for both / when routed
    Notification.Message allTied = published(publishedResult("TIED_AT_CUTOFF", List.of("甲", "乙", "丙"), List.of(),
        List.of("甲", "乙", "丙"), 2, 2));
    // expect the tie, not "通过：甲、乙、丙"
    assertThat(allTied.bodyZh()).startsWith("《选举》结果已公布。最后 2 个名额因票数相同未定：甲、乙、丙。票箱摘要 ")
        .doesNotContain("通过");
    assertThat(allTied.bodyEn()).startsWith("The result of \"选举\" is published. A tie for the last 2 seat(s) remains "
        + "between 甲, 乙, 丙. Ballot box digest ").doesNotContain("assed");
    // given 甲 selected and 乙, 丙 tied for the second seat
    Notification.Message oneTied = published(publishedResult("TIED_AT_CUTOFF", List.of("甲", "乙", "丙"), List.of("甲"),
        List.of("乙", "丙"), 2, 1));
    assertThat(oneTied.bodyZh()).startsWith("《选举》结果已公布。当选：甲。最后 1 个名额因票数相同未定：乙、丙。");
    assertThat(oneTied.bodyEn()).startsWith("The result of \"选举\" is published. Selected: 甲. A tie for the last 1 "
        + "seat(s) remains between 乙, 丙.");
    // given the seats filled
    assertThat(published(publishedResult("SELECTED", List.of("甲", "乙", "丙"), List.of("甲", "乙"), List.of(), 2, 0))
        .bodyZh()).startsWith("《选举》结果已公布。当选：甲、乙。票箱摘要 ");
    // given an event from before the outcome existed / expect the pass list as before
    assertThat(published(publishedResult(null, List.of("任命甲"), List.of(), List.of(), null, null)).bodyZh())
        .startsWith("《选举》结果已公布。通过：任命甲。票箱摘要 ");
  }

  /** What a reader must never see: a dash for a missing value, template syntax, a raw ISO date or time. */
  static void assertReadable(String type, Notification.Message message) {
    for (String text : List.of(message.titleZh(), message.bodyZh(), message.titleEn(), message.bodyEn())) {
      assertThat(text).as(type).doesNotContain("—").doesNotContain("[").doesNotContain("]").doesNotContain("|")
          .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }
  }

  @Test
  void anEventWithoutItsOptionalFieldsStillReadsAsSentences() {
    NotificationRouting routing = new NotificationRouting(ROUTES, FILE.valueLabels(), BEIJING);
    for (Route route : ROUTES) {
      EventType type = EventCatalog.find(route.type()).orElseThrow();
      JsonNode schema = JSON.readTree(EventSchemaValidator.schema(type));
      JsonNode example = JSON.readTree(EventSchemaValidator.example(type));
      @SuppressWarnings("unchecked")
      Map<String, Object> data = JSON.convertValue(example.get("data"), Map.class);
      Set<String> required = new HashSet<>();
      schema.get("required").forEach(f -> required.add(f.asString()));
      // keep the fields recipients come from, blank or empty every other value the contract allows to be missing
      schema.get("properties").properties().forEach(p -> {
        boolean recipientField = route.to().stream().anyMatch(to -> to.endsWith("$" + p.getKey()));
        if (!recipientField && (!required.contains(p.getKey()) || nullable(p.getValue()))) {
          data.put(p.getKey(), null);
        } else if (!recipientField && "array".equals(p.getValue().path("type").asString(""))) {
          data.put(p.getKey(), List.of());
        }
      });
      var event = new NotificationRouting.RoutableEvent("e", route.type(), "C", "s", Instant.now(), data);
      List<Notification> notifications = routing.route(event, (e, r) -> e + "|" + r);
      assertThat(notifications).as(route.type()).isNotEmpty();
      assertReadable(route.type() + " without its optional fields", notifications.get(0).message());
    }
  }

  static boolean nullable(JsonNode property) {
    return property.path("type").isArray() && property.path("type").toString().contains("null")
        || property.path("enum").isArray() && property.path("enum").toString().contains("null");
  }

  @Test
  void everyCodedValueATextUsesHasALabelInBothLanguages() {
    ValueLabels labels = FILE.valueLabels();
    for (Route route : ROUTES) {
      JsonNode properties = JSON.readTree(EventSchemaValidator.schema(EventCatalog.find(route.type()).orElseThrow()))
          .get("properties");
      for (Route.Template t : route.allTemplates().stream().flatMap(texts -> texts.values().stream()).toList()) {
        Matcher m = Pattern.compile("\\{([A-Za-z]+)}").matcher(t.title() + " " + t.body());
        while (m.find()) {
          JsonNode codes = properties.path(m.group(1)).path("enum");
          if (CODES_AS_THEY_ARE.contains(m.group(1)) || !codes.isArray()) {
            continue;
          }
          for (JsonNode code : codes) {
            for (String language : List.of("zh-CN", "en")) {
              assertThat(labels.label(m.group(1), code.asString(), language))
                  .as(route.type() + " {" + m.group(1) + "} = " + code + " in " + language).isNotBlank();
            }
          }
        }
      }
    }
  }

  @Test
  void recipientsAreDeduplicatedAndListsFanOut() {
    Route route = new Route("t", List.of("deputy:$proposerDeputyId", "deputy:$coSignerDeputyIds", "role:COMMITTEE_STAFF"),
        Priority.NORMAL, Map.of("zh-CN", new Route.Template("标题", "{title}"), "en", new Route.Template("T", "{title}")));
    var event = new NotificationRouting.RoutableEvent("e1", "t", "C", "s", Instant.now(),
        Map.of("proposerDeputyId", "D1", "coSignerDeputyIds", List.of("D2", "D1", "D3"), "title", "x"));
    assertThat(NotificationRouting.recipients(route, event))
        .containsExactly("deputy:D1", "deputy:D2", "deputy:D3", "role:COMMITTEE_STAFF");
  }

  @Test
  void theTextsAreWrittenForEachLanguageWithTheCongresssZone() {
    // given
    Route route = new Route("t", List.of("role:LEADER"), Priority.NORMAL, Map.of(
        "zh-CN", new Route.Template("{title}", "[通过：{passed}；|无事项通过；]截止 {until}"),
        "en", new Route.Template("{title}", "[Passed: {passed};|Nothing passed;] until {until}")));
    var event = new NotificationRouting.RoutableEvent("e1", "t", "C", "s", Instant.now(),
        Map.of("title", "表决", "passed", List.of("任命甲", "任命乙"), "until", "2026-12-31T08:19:41.368230316Z"));
    // when
    Notification n = new NotificationRouting(List.of(route), ValueLabels.NONE, BEIJING)
        .route(event, (eventId, key) -> eventId + key).get(0);
    // expect
    assertThat(n.message().bodyZh()).isEqualTo("通过：任命甲、任命乙；截止 2026年12月31日 16:19");
    assertThat(n.message().bodyEn()).isEqualTo("Passed: 任命甲, 任命乙; until 31 Dec 2026, 16:19");
  }

  @Test
  void aTemplateWithABrokenOptionalPartIsRefusedWhenTheTableLoads() {
    Route broken = new Route("t", List.of("role:LEADER"), Priority.NORMAL, Map.of(
        "zh-CN", new Route.Template("{title}", "《{title}》[（{number}）已立案"),
        "en", new Route.Template("{title}", "{title}")));
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> new NotificationRouting(List.of(broken), ValueLabels.NONE, BEIJING))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aVoteOpeningIsUrgent() {
    // given the routing table; when the route of poll-opened is read; expect: urgent (DOMAIN §4: past quiet hours, digests and the cap)
    assertThat(ROUTES).filteredOn(r -> r.type().equals("lianxin.voting.poll-opened.v1"))
        .extracting(Route::priority).containsExactly(Priority.URGENT);
  }

  @Test
  void theUnitThatLosesAnItemByReassignmentIsTold() {
    // given the routing table and a reassignment from U-old to U-new; when routed; expect both units told
    Route reassigned = ROUTES.stream().filter(r -> r.type().equals("lianxin.suggestion.reassigned.v1")).findFirst().orElseThrow();
    var event = new NotificationRouting.RoutableEvent("e1", reassigned.type(), "C", "s", Instant.now(),
        Map.of("proposerDeputyId", "D1", "coSignerDeputyIds", List.of(), "leadUnitId", "U-new", "coUnitIds", List.of(),
            "previousLeadUnitId", "U-old", "title", "x"));
    assertThat(NotificationRouting.recipients(reassigned, event)).contains("unit:U-new", "unit:U-old", "deputy:D1");
  }
}
