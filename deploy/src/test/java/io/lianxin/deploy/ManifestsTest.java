package io.lianxin.deploy;

import static io.lianxin.deploy.Rules.list;
import static io.lianxin.deploy.Rules.map;
import static io.lianxin.deploy.Rules.ofKind;
import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.deploy.Manifests.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ManifestsTest {

  private static final List<Function<List<Manifest>, List<String>>> RULES = List.of(Rules::workloadsAreHardened,
      Rules::workloadsAreCovered, Rules::servicesSelectWorkloads, Rules::environmentIsRead, DataRules::kafka,
      DataRules::kafkaUsers, DataRules::mongodb, ManifestsTest::edgeAndMonitoring);

  private static Schemas schemas;
  private static List<Manifest> base;

  @BeforeAll
  static void load() {
    schemas = new Schemas();
    base = Manifests.base();
  }

  @Test
  void everyManifestFileParses() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Manifests.DEPLOY)) {
      files = walk.filter(f -> f.startsWith(Manifests.BASE) || f.startsWith(Manifests.DEPLOY.resolve("overlays")))
          .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(20);
    for (Path file : files) {
      if (file.toString().endsWith(".json")) {
        assertThat(JsonMapper.builder().build().readTree(Manifests.read(file)).isObject()).as(file.toString()).isTrue();
      } else {
        assertThat(Manifests.parse(file)).as(file.toString()).isNotEmpty().doesNotContainNull();
      }
    }
  }

  @Test
  void everyBaseObjectValidatesAgainstItsModelOrCrd() {
    List<String> problems = new ArrayList<>();
    base.forEach(m -> problems.addAll(schemas.problems(m)));
    assertThat(problems).isEmpty();
    assertThat(base).filteredOn(Schemas::isCore).hasSizeGreaterThan(40);
    assertThat(base).filteredOn(schemas::isCustom).extracting(Manifest::kind).contains("Kafka", "KafkaNodePool",
        "KafkaTopic", "KafkaUser", "MongoDBCommunity", "Gateway", "HTTPRoute", "ServiceMonitor", "PrometheusRule");
  }

  @Test
  void theModelsRefuseUnknownFieldsWrongTypesAndMissingFields() {
    Manifest deployment = copy(first("Deployment"));
    assertThat(schemas.problems(deployment)).isEmpty();
    container(deployment).put("imagePullPolicyy", "Always");
    assertThat(schemas.problems(deployment)).singleElement().asString().contains("imagePullPolicyy");

    Manifest wrongType = copy(first("Deployment"));
    map(wrongType.object(), "spec").put("replicas", "two");
    assertThat(schemas.problems(wrongType)).isNotEmpty();

    Manifest missing = copy(first("Service"));
    map(list(missing.object(), "spec", "ports").get(0)).remove("port");
    assertThat(schemas.problems(missing)).singleElement().asString().contains("port");
  }

  @Test
  void theCrdSchemasRefuseUnknownFieldsAndWrongValues() {
    Manifest topic = copy(first("KafkaTopic"));
    map(topic.object(), "spec").put("partitionz", 6);
    assertThat(schemas.problems(topic)).singleElement().asString().contains("partitionz");

    Manifest user = copy(first("KafkaUser"));
    map(user.object(), "spec", "authentication").put("type", "plain");
    assertThat(schemas.problems(user)).isNotEmpty();

    Manifest mongo = copy(first("MongoDBCommunity"));
    map(mongo.object(), "spec").remove("type");
    assertThat(schemas.problems(mongo)).isNotEmpty();

    Manifest route = copy(first("HTTPRoute"));
    map(route.object(), "spec").put("hostname", "x");
    assertThat(schemas.problems(route)).isNotEmpty();
  }

  @Test
  void theBaseKeepsEveryRule() {
    List<String> problems = new ArrayList<>();
    RULES.forEach(rule -> problems.addAll(rule.apply(base)));
    problems.addAll(Rules.imagesMatchModules(base, false));
    assertThat(problems).isEmpty();
    assertThat(ofKind(base, "Deployment")).extracting(Manifest::name)
        .containsExactlyInAnyOrderElementsOf(Modules.WORKLOADS);
  }

  @Test
  void eachRuleFailsOnABrokenManifest() {
    assertBroken(Rules::workloadsAreHardened, "Deployment", m -> container(m).remove("readinessProbe"), "readinessProbe");
    assertBroken(Rules::workloadsAreHardened, "Deployment", m -> map(container(m), "resources").remove("limits"), "limits");
    assertBroken(Rules::workloadsAreHardened, "Deployment",
        m -> map(container(m), "securityContext").put("readOnlyRootFilesystem", false), "read-only");
    assertBroken(Rules::workloadsAreHardened, "Deployment",
        m -> map(m.object(), "spec", "template", "spec", "securityContext").remove("seccompProfile"), "seccomp");
    assertBroken(Rules::workloadsAreCovered, "PodDisruptionBudget",
        m -> map(m.object(), "spec", "selector", "matchLabels").put("app.kubernetes.io/name", "nobody"), "PodDisruptionBudget");
    assertBroken(Rules::workloadsAreCovered, "NetworkPolicy", m -> map(m.object(), "spec").put("ingress",
        List.of(Map.of())), "denies all");
    assertBroken(Rules::servicesSelectWorkloads, "Service",
        m -> map(list(m.object(), "spec", "ports").get(0)).put("targetPort", "metrics"), "not exposed");
    assertBroken(Rules::environmentIsRead, "ConfigMap", m -> map(m.object(), "data").put("MONGO_URL", "x"), "MONGO_URL");
    assertBroken(DataRules::kafkaUsers, "KafkaUser", m -> list(m.object(), "spec", "authorization", "acls").add(
        Map.of("resource", Map.of("type", "topic", "name", "lianxin.voting.events"), "operations", List.of("Write"))),
        "topic ACLs");
    assertBroken(DataRules::kafka, "KafkaTopic", m -> map(m.object(), "spec").put("replicas", 1), "replicas");
    assertBroken(DataRules::mongodb, "MongoDBCommunity", m -> map(list(m.object(), "spec", "users").get(0))
        .put("roles", List.of(Map.of("name", "readWrite", "db", "voting-service"))), "database alone");
    assertBroken(DataRules::mongodb, "MongoDBCommunity", m -> map(list(m.object(), "spec", "users").get(0),
        "additionalConnectionStringConfig").remove("w"), "w=majority");
    assertBroken(ManifestsTest::edgeAndMonitoring, "PrometheusRule", m -> map(list(list(m.object(), "spec", "groups")
        .get(0), "rules").get(0)).put("expr", "lianxin_outbox_oldest_age > 1"), "not documented");
    List<Manifest> badImage = copyAll(base);
    container(ofKind(badImage, "Deployment").get(0)).put("image", "lianxin/someone-else");
    assertThat(Rules.imagesMatchModules(badImage, false)).isNotEmpty();
  }

  @Test
  void overlaysPatchObjectsOfTheBase() {
    List<String> problems = new ArrayList<>();
    for (String overlay : Manifests.OVERLAYS) {
      Path directory = Manifests.DEPLOY.resolve("overlays").resolve(overlay);
      Map<String, Object> kustomization = Manifests.kustomization(directory);
      assertThat(list(kustomization, "resources")).containsExactly("../../base");
      for (Object p : list(kustomization, "patches")) {
        Map<String, Object> patch = map(p);
        Map<String, Object> target = map(patch, "target");
        if (!target.isEmpty()) {
          if (base.stream().noneMatch(m -> matches(m, target))) {
            problems.add(overlay + ": patch " + patch.get("path") + " targets nothing of the base: " + target);
          }
        } else {
          for (Map<String, Object> document : Manifests.documents(directory.resolve(String.valueOf(patch.get("path"))))) {
            Object kind = document.get("kind");
            Object name = map(document, "metadata").get("name");
            if (base.stream().noneMatch(m -> m.kind().equals(kind) && m.name().equals(name))) {
              problems.add(overlay + ": patch " + patch.get("path") + " names " + kind + "/" + name + ", not in the base");
            }
          }
        }
      }
      Set<String> images = new TreeSet<>();
      list(kustomization, "images").forEach(i -> images.add(String.valueOf(map(i).get("name"))));
      Set<String> expected = new TreeSet<>();
      Modules.WORKLOADS.forEach(m -> expected.add("lianxin/" + m));
      if (!images.equals(expected)) {
        problems.add(overlay + ": images " + images + " are not every module's " + expected);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void renderedOverlaysValidateAndKeepEveryRule() {
    Optional<Path> kubectl = Manifests.kubectl();
    if (kubectl.isEmpty()) {
      System.out.println("SKIPPED: kubectl is not on the PATH, the overlays were not rendered; their patch targets "
          + "were checked against the base (overlaysPatchObjectsOfTheBase) and the base was checked in full.");
      return;
    }
    for (String overlay : Manifests.OVERLAYS) {
      List<Manifest> rendered = Manifests.render(kubectl.get(), Manifests.DEPLOY.resolve("overlays").resolve(overlay));
      List<String> problems = new ArrayList<>();
      rendered.forEach(m -> problems.addAll(schemas.problems(m)));
      RULES.forEach(rule -> problems.addAll(rule.apply(rendered)));
      problems.addAll(Rules.imagesMatchModules(rendered, true));
      assertThat(problems).as(overlay).isEmpty();
      assertThat(rendered).as(overlay).hasSize(base.size() + 1); // + the dashboard's generated ConfigMap
      assertThat(rendered).allSatisfy(m -> assertThat(m.metadata().get("namespace")).isIn("lianxin", null));
      if (overlay.equals("prod")) {
        // every workload twice, but the portal: its readers' sessions are in its memory (portal-one-replica.yaml)
        assertThat(ofKind(rendered, "Deployment")).allSatisfy(d -> assertThat(
            ((Number) map(d.object(), "spec").get("replicas")).intValue()).isEqualTo(d.name().equals("portal") ? 1 : 2));
        assertThat(ofKind(rendered, "HorizontalPodAutoscaler")).allSatisfy(h -> assertThat(
            ((Number) map(h.object(), "spec").get("minReplicas")).intValue()).isEqualTo(h.name().equals("portal") ? 1 : 2));
      }
    }
  }

  /**
   * The edge: an HTTPS listener with a certificate, routes to Services and ports that exist; a ServiceMonitor per
   * service on a port its Service has; alerts on the five things an operator is paged for, on documented metrics.
   */
  static List<String> edgeAndMonitoring(List<Manifest> manifests) {
    List<String> problems = new ArrayList<>();
    boolean https = ofKind(manifests, "Gateway").stream().flatMap(g -> list(g.object(), "spec", "listeners").stream())
        .map(Rules::map).anyMatch(l -> "HTTPS".equals(l.get("protocol")) && !list(l, "tls", "certificateRefs").isEmpty());
    if (!https) {
      problems.add("no Gateway listener serves HTTPS with a certificate");
    }
    for (Manifest route : ofKind(manifests, "HTTPRoute")) {
      for (Object rule : list(route.object(), "spec", "rules")) {
        for (Object b : list(rule, "backendRefs")) {
          Map<String, Object> backend = map(b);
          boolean exists = ofKind(manifests, "Service").stream().anyMatch(s -> s.name().equals(backend.get("name"))
              && list(s.object(), "spec", "ports").stream().anyMatch(p -> backend.get("port").equals(map(p).get("port"))));
          if (!exists) {
            problems.add(route.describe() + ": backend " + backend + " is no Service port");
          }
        }
      }
    }
    for (String service : Modules.SERVICES) {
      boolean monitored = ofKind(manifests, "ServiceMonitor").stream().anyMatch(sm -> ofKind(manifests, "Service").stream()
          .anyMatch(s -> s.name().equals(service) && Rules.selects(map(sm.object(), "spec", "selector", "matchLabels"),
              s.metadata().get("labels") instanceof Map ? map(s.metadata().get("labels")) : Map.of())
              && list(sm.object(), "spec", "endpoints").stream().allMatch(e -> list(s.object(), "spec", "ports").stream()
                  .anyMatch(p -> map(p).get("name").equals(map(e).get("port"))))));
      if (!monitored) {
        problems.add(service + ": no ServiceMonitor on a port of its Service");
      }
    }
    String readme = Manifests.read(Manifests.ROOT.resolve("README.md"));
    StringBuilder expressions = new StringBuilder();
    ofKind(manifests, "PrometheusRule").forEach(r -> list(r.object(), "spec", "groups").forEach(g -> list(g, "rules")
        .forEach(rule -> expressions.append(map(rule).get("expr")).append('\n'))));
    Matcher metric = Pattern.compile("lianxin_[a-z_]+").matcher(expressions);
    while (metric.find()) {
      if (!readme.contains("`" + metric.group() + "`") && !readme.contains(metric.group() + "{")) {
        problems.add("PrometheusRule: " + metric.group() + " is not documented in README's metrics table");
      }
    }
    for (String needed : List.of("lianxin_outbox_oldest_age_seconds", "lianxin_events_dead_lettered_total",
        "kafka_consumergroup_lag", "FAILED_FOR_GOOD", "lianxin_suggestion_overdue")) {
      if (!expressions.toString().contains(needed)) {
        problems.add("PrometheusRule: no alert on " + needed);
      }
    }
    return problems;
  }

  private static boolean matches(Manifest manifest, Map<String, Object> target) {
    if (target.get("kind") != null && !target.get("kind").equals(manifest.kind())) {
      return false;
    }
    if (target.get("name") != null && !target.get("name").equals(manifest.name())) {
      return false;
    }
    Object selector = target.get("labelSelector");
    if (selector != null) {
      Matcher in = Pattern.compile("([\\w./-]+) in \\(([^)]*)\\)").matcher(selector.toString());
      if (!in.matches()) {
        throw new IllegalArgumentException("only 'key in (a,b)' selectors are checked here: " + selector);
      }
      Object value = map(manifest.metadata(), "labels").get(in.group(1));
      return value != null && List.of(in.group(2).split(",")).contains(value.toString());
    }
    return true;
  }

  private void assertBroken(Function<List<Manifest>, List<String>> rule, String kind, Consumer<Manifest> breaking,
      String expected) {
    List<Manifest> broken = copyAll(base);
    assertThat(rule.apply(broken)).as("before breaking " + kind).isEmpty();
    breaking.accept(ofKind(broken, kind).get(0));
    assertThat(rule.apply(broken)).as("after breaking " + kind).isNotEmpty().anySatisfy(p -> assertThat(p).contains(expected));
  }

  private static Manifest first(String kind) {
    return ofKind(base, kind).get(0);
  }

  @SuppressWarnings("unchecked")
  private static Manifest copy(Manifest manifest) {
    Object copy = Manifests.yaml().load(Manifests.yaml().dump(manifest.object()));
    return new Manifest(manifest.file(), (Map<String, Object>) copy);
  }

  private static List<Manifest> copyAll(List<Manifest> manifests) {
    return new ArrayList<>(manifests.stream().map(ManifestsTest::copy).toList());
  }

  private static Map<String, Object> container(Manifest deployment) {
    return map(list(Rules.podSpec(deployment), "containers").get(0));
  }

}
