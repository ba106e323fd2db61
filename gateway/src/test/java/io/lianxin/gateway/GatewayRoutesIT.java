package io.lianxin.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.DevTokenIssuer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cloud.gateway.server.mvc.config.GatewayMvcProperties;
import org.springframework.cloud.gateway.server.mvc.config.PredicateProperties;
import org.springframework.cloud.gateway.server.mvc.config.RouteProperties;
import org.springframework.http.server.PathContainer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.JsonNode;

/**
 * The gateway on a random port in front of five real HTTP stand-ins and the development token issuer:
 * routing of every documented path, relay of the token and the trace, the edge's token check, sizes,
 * CORS, the one Swagger UI and problem+json for what the gateway itself refuses.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=gateway", "lianxin.gateway.cors.allowed-origins=https://portal.example.test",
        "lianxin.gateway.rate-limit.per-client.capacity=100000", "lianxin.gateway.rate-limit.per-ip.capacity=100000"})
class GatewayRoutesIT extends GatewayUnderTest {

  static final DevTokenIssuer ISSUER = new DevTokenIssuer(0);
  static final StandIns SERVICES = new StandIns();
  static final String DEPUTY = ISSUER.tokenFor(DemoUsers.get("deputy1@qingshan"));

  @DynamicPropertySource
  static void wire(DynamicPropertyRegistry registry) {
    SERVICES.register(registry, ISSUER);
  }

  @AfterAll
  static void stop() {
    SERVICES.close();
    ISSUER.close();
  }

  @Autowired GatewayMvcProperties routes;

  @Override
  StandIns services() {
    return SERVICES;
  }

  @Test
  void everyDocumentedPathMatchesItsOwnServicesRouteAndNoOther() {
    List<DocumentedPaths.Operation> operations = DocumentedPaths.all();
    assertThat(operations.stream().map(DocumentedPaths.Operation::service).distinct()).hasSameElementsAs(StandIns.SERVICES);
    Map<String, List<PathPattern>> patterns = routePatterns();
    List<String> wrong = new ArrayList<>();
    for (DocumentedPaths.Operation op : operations) {
      PathContainer path = PathContainer.parsePath(op.concrete());
      Set<String> matching = patterns.entrySet().stream()
          .filter(route -> route.getValue().stream().anyMatch(p -> p.matches(path)))
          .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
      if (!matching.equals(Set.of(op.service()))) {
        wrong.add(op.service() + " " + op.path() + " matched by " + matching);
      }
    }
    assertThat(wrong).as("documented paths without exactly their own route").isEmpty();
  }

  @Test
  void everyDocumentedOperationReachesItsOwnServiceOverHttp() {
    List<String> wrong = new ArrayList<>();
    for (DocumentedPaths.Operation op : DocumentedPaths.all()) {
      SERVICES.forgetAll();
      HttpRequest.Builder request = gateway.request(op.concrete()).header("Authorization", "Bearer " + DEPUTY);
      request.method(op.method(), "GET".equals(op.method())
          ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"));
      HttpResponse<String> response = gateway.send(request);
      Map<String, Integer> expected = new java.util.LinkedHashMap<>();
      StandIns.SERVICES.forEach(s -> expected.put(s, s.equals(op.service()) ? 1 : 0));
      if (response.statusCode() != 200 || !SERVICES.counts().equals(expected)
          || !op.concrete().equals(SERVICES.get(op.service()).last().path())) {
        wrong.add(op.method() + " " + op.path() + " → " + response.statusCode() + " " + SERVICES.counts());
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theAuthorizationHeaderAndTheTraceGoOnToTheService(CapturedOutput log) {
    String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    HttpResponse<String> response = gateway.send(gateway.request("/api/v1/suggestions?page=2")
        .header("Authorization", "Bearer " + DEPUTY)
        .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));

    assertThat(response.statusCode()).isEqualTo(200);
    StandInService.Received received = SERVICES.get("suggestion-service").last();
    assertThat(received.header("Authorization")).isEqualTo("Bearer " + DEPUTY);
    // the same trace, continued by the gateway's own client span (not the caller's span copied)
    assertThat(received.header("traceparent")).startsWith("00-" + traceId + "-").doesNotContain("00f067aa0ba902b7");
    // the line is written once the response is complete, which the client may see first
    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(log.getOut()).containsPattern(
        "\\[gateway," + traceId + ",[0-9a-f]{16}] .*GET /api/v1/suggestions 200 \\d+ms route=suggestion-service"));
  }

  @Test
  void publicPathsPassWithoutAToken() {
    HttpResponse<String> response = gateway.get("/api/v1/public/cn-county-qingshan/suggestions", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(GatewayClient.json(response).get("service").asString()).isEqualTo("suggestion-service");
    assertThat(SERVICES.get("suggestion-service").last().header("Authorization")).isNull();
  }

  @Test
  void aProtectedPathWithoutATokenIs401BeforeAnyService() {
    HttpResponse<String> response = gateway.get("/api/v1/suggestions", null);

    assertProblem(response, 401, "unauthenticated");
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertThat(SERVICES.counts().values()).containsOnly(0);
  }

  @Test
  void aForgedTokenIs401AndNoServiceIsCalled() {
    String forged = ISSUER.forgedTokenFor(DemoUsers.get("admin@qingshan"));

    assertProblem(gateway.get("/api/v1/polls", forged), 401, "unauthenticated");
    // even on a public path: a token that is sent must be good
    assertProblem(gateway.get("/api/v1/public/polls/p1/result", forged), 401, "unauthenticated");
    assertThat(SERVICES.counts().values()).containsOnly(0);
  }

  @Test
  void anExpiredTokenIs401AndNoServiceIsCalled() {
    Instant now = Instant.now();
    String expired = ISSUER.sign(DemoUsers.get("deputy1@qingshan"), Map.of(
        "iat", Date.from(now.minus(2, ChronoUnit.HOURS)), "exp", Date.from(now.minus(10, ChronoUnit.MINUTES))));

    HttpResponse<String> response = gateway.get("/api/v1/deputies", expired);

    assertProblem(response, 401, "unauthenticated");
    assertThat(GatewayClient.json(response).get("detail").asString()).contains("expired");
    assertThat(SERVICES.counts().values()).containsOnly(0);
  }

  @Test
  void aPathNoRouteMatchesIsA404Problem() {
    assertProblem(gateway.get("/nothing/here", null), 404, "not-found");
    assertProblem(gateway.get("/api/v1/no-such-collection", DEPUTY), 404, "not-found");
    assertThat(SERVICES.counts().values()).containsOnly(0);
  }

  @Test
  void aUrlTomcatOrTheFirewallRefusesIsA400Problem() {
    assertProblem(gateway.get("/api/v1/suggestions/a%00b", DEPUTY), 400, "validation");
    assertProblem(gateway.get("/api/v1/suggestions/%2e%2e/x", DEPUTY), 400, "validation");
    assertProblem(gateway.get("//api/v1/suggestions", DEPUTY), 400, "validation");
    assertThat(SERVICES.counts().values()).containsOnly(0);
  }

  @Test
  void aBodyOverTheRoutesLimitIs413BeforeTheService() {
    HttpResponse<String> tooLarge = gateway.send(gateway.request("/api/v1/suggestions")
        .header("Authorization", "Bearer " + DEPUTY).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[300 * 1024])));
    HttpResponse<String> withinLimit = gateway.send(gateway.request("/api/v1/suggestions")
        .header("Authorization", "Bearer " + DEPUTY).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[200 * 1024])));

    assertProblem(tooLarge, 413, "payload-too-large");
    assertThat(withinLimit.statusCode()).isEqualTo(200);
    assertThat(SERVICES.get("suggestion-service").received()).singleElement()
        .satisfies(r -> assertThat(r.bodyBytes()).isEqualTo(200 * 1024));
  }

  @Test
  void thePortalsOriginMayCallFromABrowserAndAnotherMayNot() {
    HttpResponse<String> portal = gateway.send(preflight("https://portal.example.test"));
    HttpResponse<String> other = gateway.send(preflight("https://elsewhere.example.test"));

    assertThat(portal.statusCode()).isEqualTo(200);
    assertThat(portal.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://portal.example.test");
    assertThat(portal.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(m -> assertThat(m).contains("POST"));
    assertThat(portal.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(
        h -> assertThat(h.toLowerCase()).contains("authorization"));
    assertProblem(other, 403, "forbidden");
    assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(SERVICES.counts().values()).containsOnly(0);
  }

  private HttpRequest.Builder preflight(String origin) {
    return gateway.request("/api/v1/suggestions").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", origin).header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization,content-type");
  }

  @Test
  void oneSwaggerUiListsTheFiveDocumentsServedThroughTheGateway() {
    HttpResponse<String> config = gateway.get("/v3/api-docs/swagger-config", null);
    HttpResponse<String> ui = gateway.get("/swagger-ui/index.html", null);

    assertThat(config.statusCode()).isEqualTo(200);
    List<String> urls = new ArrayList<>();
    GatewayClient.json(config).get("urls").forEach(u -> urls.add(u.get("name").asString() + " " + u.get("url").asString()));
    assertThat(urls).containsExactlyInAnyOrderElementsOf(
        StandIns.SERVICES.stream().map(s -> s + " /v3/api-docs/" + s).toList());
    assertThat(ui.statusCode()).isEqualTo(200);
    for (String service : StandIns.SERVICES) {
      HttpResponse<String> document = gateway.get("/v3/api-docs/" + service, null);
      assertThat(document.statusCode()).isEqualTo(200);
      StandInService.Received received = SERVICES.get(service).last();
      assertThat(received.path()).isEqualTo("/v3/api-docs");
      // the service sees the gateway's host, so its document's servers entry (and "try it out") is the gateway
      assertThat(received.header("Host")).isEqualTo("127.0.0.1:" + port);
    }
  }

  private Map<String, List<PathPattern>> routePatterns() {
    Map<String, List<PathPattern>> patterns = new java.util.LinkedHashMap<>();
    for (RouteProperties route : routes.getRoutes()) {
      List<PathPattern> list = new ArrayList<>();
      for (PredicateProperties predicate : route.getPredicates()) {
        if ("Path".equals(predicate.getName())) {
          predicate.getArgs().values().forEach(p -> list.add(PathPatternParser.defaultInstance.parse(p)));
        }
      }
      patterns.put(route.getId(), list);
    }
    assertThat(patterns.keySet()).containsAll(StandIns.SERVICES);
    return patterns;
  }

  static void assertProblem(HttpResponse<String> response, int status, String slug) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = GatewayClient.json(response);
    assertThat(problem.get("type").asString()).isEqualTo("https://lianxin.io/problems/" + slug);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asString()).contains(" / ");
    assertThat(problem.get("detail").asString()).isNotBlank();
  }
}
