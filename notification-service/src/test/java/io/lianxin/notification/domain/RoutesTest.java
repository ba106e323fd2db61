package io.lianxin.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.events.EventCatalog;
import io.lianxin.events.EventSchemaValidator;
import io.lianxin.events.EventType;
import io.lianxin.notification.messaging.RoutesLoader;
import java.time.Instant;
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

  static final List<Route> ROUTES = RoutesLoader.load(new ClassPathResource("lianxin/notification-routes.json"));
  static final JsonMapper JSON = JsonMapper.builder().build();
  /** Types that tell nobody, on purpose: internal steps of a draft and of a reply. */
  static final Set<String> UNROUTED = Set.of("lianxin.suggestion.edited.v1", "lianxin.suggestion.reply-drafted.v1");

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

  @Test
  void everyPlaceholderAndRecipientFieldExistsInTheEventsSchema() {
    Pattern placeholder = Pattern.compile("\\{([A-Za-z]+)}");
    for (Route route : ROUTES) {
      EventType type = EventCatalog.find(route.type()).orElseThrow(() -> new AssertionError("unknown " + route.type()));
      JsonNode properties = JSON.readTree(EventSchemaValidator.schema(type)).get("properties");
      for (Route.Template t : route.template().values()) {
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
    NotificationRouting routing = new NotificationRouting(ROUTES);
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
      });
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
  void listsAreWrittenAsTheirItemsInEachLanguageAndEmptyAsADash() {
    Route route = new Route("t", List.of("role:LEADER"), Priority.NORMAL, Map.of(
        "zh-CN", new Route.Template("{title}", "通过：{passed}；并列：{tied}"),
        "en", new Route.Template("{title}", "Passed: {passed}; tied: {tied}")));
    var event = new NotificationRouting.RoutableEvent("e1", "t", "C", "s", Instant.now(),
        Map.of("title", "表决", "passed", List.of("任命甲", "任命乙"), "tied", List.of()));
    Notification n = new NotificationRouting(List.of(route)).route(event, (eventId, key) -> eventId + key).get(0);
    assertThat(n.message().bodyZh()).isEqualTo("通过：任命甲、任命乙；并列：—");
    assertThat(n.message().bodyEn()).isEqualTo("Passed: 任命甲, 任命乙; tied: —");
  }
}
