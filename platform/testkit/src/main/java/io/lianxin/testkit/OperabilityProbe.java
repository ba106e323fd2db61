package io.lianxin.testkit;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What ops expect of every running service: liveness and readiness UP (readiness including
 * MongoDB and Kafka), Prometheus metrics tagged with the service and carrying the outbox meters,
 * the OpenAPI document. Returns what is missing; empty when all is there.
 */
public final class OperabilityProbe {

  private OperabilityProbe() {}

  public static List<String> problems(String baseUrl, String service) {
    ApiClient api = new ApiClient(baseUrl);
    List<String> problems = new ArrayList<>();
    ApiClient.Response liveness = api.get("/actuator/health/liveness", null);
    if (liveness.status() != 200) {
      problems.add("liveness: " + liveness.status() + " " + liveness.body());
    }
    ApiClient.Response readiness = api.get("/actuator/health/readiness", null);
    if (readiness.status() != 200) {
      problems.add("readiness: " + readiness.status() + " " + readiness.body());
    } else {
      JsonNode components = readiness.json().path("components");
      for (String needed : List.of("mongo", "kafka")) {
        if (!"UP".equals(components.path(needed).path("status").asString(""))) {
          problems.add("readiness lacks " + needed + " UP: " + readiness.body());
        }
      }
    }
    ApiClient.Response metrics = api.get("/actuator/prometheus", null);
    if (metrics.status() != 200) {
      problems.add("prometheus: " + metrics.status());
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
}
