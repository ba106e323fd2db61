package io.lianxin.deploy;

import static io.lianxin.deploy.Rules.list;
import static io.lianxin.deploy.Rules.map;
import static io.lianxin.deploy.Rules.ofKind;

import io.lianxin.deploy.Manifests.Manifest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Kafka and MongoDB as the services' own configuration says they must be. */
final class DataRules {

  /** LianxinProperties' default lianxin.partitions: what the chassis's KafkaAdmin expects of a service topic. */
  static final int CHASSIS_PARTITIONS = chassisPartitions();

  private static int chassisPartitions() {
    java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("partitions == null \\? (\\d+)").matcher(
        Manifests.read(Manifests.ROOT.resolve("platform/chassis/src/main/java/io/lianxin/chassis/LianxinProperties.java")));
    if (!matcher.find()) {
      throw new IllegalStateException("LianxinProperties no longer defaults lianxin.partitions: read it again");
    }
    return Integer.parseInt(matcher.group(1));
  }

  private DataRules() {}

  /** KRaft: 3 controllers, 3 brokers, RF 3, min.insync.replicas 2; one KafkaTopic per service and dead-letter topic. */
  static List<String> kafka(List<Manifest> manifests) {
    List<String> problems = new ArrayList<>();
    List<Manifest> kafkas = ofKind(manifests, "Kafka");
    if (kafkas.size() != 1) {
      return List.of("expected one Kafka, found " + kafkas.size());
    }
    Map<String, Object> config = map(kafkas.get(0).object(), "spec", "kafka", "config");
    expect(problems, "Kafka default.replication.factor", 3, config.get("default.replication.factor"));
    expect(problems, "Kafka min.insync.replicas", 2, config.get("min.insync.replicas"));
    for (String role : List.of("controller", "broker")) {
      int replicas = ofKind(manifests, "KafkaNodePool").stream()
          .filter(pool -> list(pool.object(), "spec", "roles").equals(List.of(role)))
          .mapToInt(pool -> ((Number) map(pool.object(), "spec").get("replicas")).intValue()).sum();
      expect(problems, role + "s", 3, replicas);
    }
    Set<String> expected = new TreeSet<>();
    for (String service : Modules.SERVICES) {
      expected.add(Modules.publishes(service));
      expected.addAll(Modules.deadLetterTopics(service));
    }
    Set<String> declared = new TreeSet<>();
    for (Manifest topic : ofKind(manifests, "KafkaTopic")) {
      Map<String, Object> spec = map(topic.object(), "spec");
      declared.add(String.valueOf(spec.getOrDefault("topicName", topic.name())));
      expect(problems, topic.describe() + " replicas", 3, spec.get("replicas"));
      expect(problems, topic.describe() + " min.insync.replicas", 2, map(spec, "config").get("min.insync.replicas"));
      boolean deadLetter = String.valueOf(spec.get("topicName")).endsWith(".dlt");
      if (deadLetter) {
        // the chassis's binder writes a DLT with dlq-partitions: 1
        expect(problems, topic.describe() + " partitions", 1, spec.get("partitions"));
      } else if (!(spec.get("partitions") instanceof Number n) || n.intValue() < CHASSIS_PARTITIONS) {
        // fewer, and the chassis's KafkaAdmin would try to add partitions, which the services' users may not
        problems.add(topic.describe() + " has fewer partitions than the chassis asks for (" + CHASSIS_PARTITIONS + ")");
      }
    }
    if (!declared.equals(expected)) {
      problems.add("KafkaTopics " + declared + " are not the services' topics and DLTs " + expected);
    }
    return problems;
  }

  /** One KafkaUser per service: exactly its own topic to write, what it consumes to read, its group and DLTs. */
  static List<String> kafkaUsers(List<Manifest> manifests) {
    List<String> problems = new ArrayList<>();
    for (String service : Modules.SERVICES) {
      List<Manifest> users = ofKind(manifests, "KafkaUser").stream().filter(u -> u.name().equals(service)).toList();
      if (users.size() != 1) {
        problems.add("expected one KafkaUser " + service + ", found " + users.size());
        continue;
      }
      Map<String, Set<String>> topics = new HashMap<>();
      Map<String, Set<String>> groups = new HashMap<>();
      for (Object acl : list(users.get(0).object(), "spec", "authorization", "acls")) {
        Map<String, Object> resource = map(acl, "resource");
        if (!"literal".equals(resource.getOrDefault("patternType", "literal")) || "deny".equals(map(acl).get("type"))) {
          problems.add(service + ": ACLs must be literal allows, not " + resource);
        }
        Map<String, Set<String>> target = "group".equals(resource.get("type")) ? groups : topics;
        if (!Set.of("group", "topic").contains(resource.get("type"))) {
          problems.add(service + ": an ACL on " + resource.get("type") + " " + resource.get("name"));
        }
        target.computeIfAbsent(String.valueOf(resource.get("name")), n -> new LinkedHashSet<>())
            .addAll(list(acl, "operations").stream().map(String::valueOf).toList());
      }
      if (!topics.equals(Modules.expectedTopicOperations(service))) {
        problems.add(service + ": topic ACLs " + topics + " are not " + Modules.expectedTopicOperations(service));
      }
      if (!groups.keySet().equals(Set.of(Modules.group(service)))) {
        problems.add(service + ": group ACLs " + groups.keySet() + " are not its group " + Modules.group(service));
      }
      String authentication = String.valueOf(map(users.get(0).object(), "spec", "authentication").get("type"));
      if (!Set.of("scram-sha-512", "tls").contains(authentication)) {
        problems.add(service + ": authentication " + authentication);
      }
    }
    return problems;
  }

  /**
   * A 3-member replica set; per service one user with readWrite on its own database alone, its password from a
   * Secret, majority writes and reads in its connection string, and that connection string is the MONGODB_URI the
   * service gets. No Secret with data in the manifests.
   */
  static List<String> mongodb(List<Manifest> manifests) {
    List<String> problems = new ArrayList<>();
    List<Manifest> replicaSets = ofKind(manifests, "MongoDBCommunity");
    if (replicaSets.size() != 1) {
      return List.of("expected one MongoDBCommunity, found " + replicaSets.size());
    }
    Map<String, Object> spec = map(replicaSets.get(0).object(), "spec");
    expect(problems, "MongoDB members", 3, spec.get("members"));
    Map<String, Map<String, Object>> users = new HashMap<>();
    list(spec, "users").forEach(u -> users.put(String.valueOf(map(u).get("name")), map(u)));
    if (!users.keySet().equals(new java.util.HashSet<>(Modules.SERVICES))) {
      problems.add("MongoDB users " + users.keySet() + " are not the services " + Modules.SERVICES);
    }
    for (Map.Entry<String, Map<String, Object>> entry : users.entrySet()) {
      String service = entry.getKey();
      Map<String, Object> user = entry.getValue();
      if (!list(user, "roles").equals(List.of(Map.of("name", "readWrite", "db", service)))) {
        problems.add(service + ": MongoDB roles " + list(user, "roles") + " are not readWrite on its database alone");
      }
      if (map(user, "passwordSecretRef").get("name") == null) {
        problems.add(service + ": MongoDB password not from a Secret");
      }
      Map<String, Object> options = map(user, "additionalConnectionStringConfig");
      if (!"majority".equals(options.get("w")) || !"majority".equals(options.get("readConcernLevel"))) {
        problems.add(service + ": connection string without w=majority&readConcernLevel=majority: " + options);
      }
      Object connectionSecret = user.get("connectionStringSecretName");
      boolean wired = ofKind(manifests, "Deployment").stream().filter(d -> d.name().equals(service))
          .flatMap(d -> list(Rules.podSpec(d), "containers").stream()).flatMap(c -> list(c, "env").stream())
          .map(Rules::map).filter(e -> "MONGODB_URI".equals(e.get("name")))
          .map(e -> map(e, "valueFrom", "secretKeyRef"))
          .anyMatch(ref -> connectionSecret != null && connectionSecret.equals(ref.get("name"))
              && "connectionString.standard".equals(ref.get("key")));
      if (!wired) {
        problems.add(service + ": MONGODB_URI is not the secret " + connectionSecret + "/connectionString.standard");
      }
    }
    for (Manifest secret : ofKind(manifests, "Secret")) {
      if (secret.object().containsKey("data") || secret.object().containsKey("stringData")) {
        problems.add(secret.describe() + ": a secret inlined in the manifests");
      }
    }
    return problems;
  }

  private static void expect(List<String> problems, String what, Object expected, Object actual) {
    if (actual == null || !String.valueOf(expected).equals(String.valueOf(actual))) {
      problems.add(what + " is " + actual + ", expected " + expected);
    }
  }
}
