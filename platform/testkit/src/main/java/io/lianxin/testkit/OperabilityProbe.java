package io.lianxin.testkit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What ops expect of every running service: liveness and readiness open and UP, their details
 * (readiness including MongoDB and Kafka) only for ADMIN; Prometheus metrics and every other
 * actuator endpoint closed to anyone but ADMIN (and, for metrics, the scrape credential), tagged
 * with the service and carrying the outbox meters; the OpenAPI document. Returns what is missing
 * or wrong; empty when all is right.
 */
public final class OperabilityProbe {

  private OperabilityProbe() {}

  public static List<String> problems(String baseUrl, String service, DevTokenIssuer issuer) {
    ApiClient api = new ApiClient(baseUrl);
    String admin = issuer.tokenFor(DemoUsers.get("admin@qingshan"));
    String deputy = issuer.tokenFor(DemoUsers.get("deputy1@qingshan"));
    List<String> problems = new ArrayList<>();
    for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
      ApiClient.Response open = api.get(probe, null);
      if (open.status() != 200 || !"UP".equals(open.json().path("status").asString(""))) {
        problems.add(probe + ": " + open.status() + " " + open.body());
      } else if (open.json().has("components") || open.json().has("details")) {
        problems.add(probe + " shows details to anyone: " + open.body());
      }
    }
    ApiClient.Response readiness = api.get("/actuator/health/readiness", admin);
    JsonNode components = readiness.status() == 200 ? readiness.json().path("components") : null;
    for (String needed : List.of("mongo", "kafka")) {
      if (components == null || !"UP".equals(components.path(needed).path("status").asString(""))) {
        problems.add("readiness (ADMIN) lacks " + needed + " UP: " + readiness.status() + " " + readiness.body());
      }
    }
    for (String closed : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator", "/actuator/health",
        "/actuator/info")) {
      int anonymous = api.get(closed, null).status();
      int signedIn = api.get(closed, deputy).status();
      if (anonymous != 401 || signedIn != 403) {
        problems.add(closed + ": anonymous " + anonymous + " (want 401), deputy " + signedIn + " (want 403)");
      }
    }
    ApiClient.Response metrics = api.get("/actuator/prometheus", admin);
    if (metrics.status() != 200) {
      problems.add("prometheus (ADMIN): " + metrics.status());
    } else {
      if (!metrics.body().contains("service=\"" + service + "\"")) {
        problems.add("metrics are not tagged service=\"" + service + "\"");
      }
      for (String meter : List.of("lianxin_outbox_backlog", "lianxin_outbox_oldest_age_seconds")) {
        if (!metrics.body().contains(meter)) {
          problems.add("metric " + meter + " missing");
        }
      }
    }
    ApiClient.Response docs = api.get("/v3/api-docs", null);
    if (docs.status() != 200 || !docs.json().has("openapi")) {
      problems.add("/v3/api-docs: " + docs.status());
    }
    return problems;
  }

  /** The status of {@code path} for HTTP Basic credentials (the Prometheus scrape credential). */
  public static int statusWithBasic(String baseUrl, String path, String user, String password) {
    String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + path))
          .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
