package io.lianxin.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the modules themselves say: their topics, consumer groups and the environment variables they read. */
final class Modules {

  static final List<String> SERVICES =
      List.of("suggestion-service", "voting-service", "supervision-service", "notification-service", "deputy-service");
  static final List<String> WORKLOADS = List.of("suggestion-service", "voting-service", "supervision-service",
      "notification-service", "deputy-service", "gateway", "identity", "portal");
  static final Path CHASSIS_YML = Manifests.ROOT.resolve("platform/chassis/src/main/resources/lianxin-chassis.yml");

  /**
   * Properties the services read that no yml file names, each set in a manifest for a reason: Spring Boot's Kafka
   * client settings (which the Spring Cloud Stream binder merges) for SCRAM over TLS, and the chassis's scrape
   * credential ({@code LianxinProperties.Management}).
   */
  static final Set<String> SERVICE_PROPERTIES_BEYOND_YML = Set.of("SPRING_KAFKA_SECURITY_PROTOCOL",
      "SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG",
      "SPRING_KAFKA_PROPERTIES_SSL_TRUSTSTORE_TYPE", "SPRING_KAFKA_PROPERTIES_SSL_TRUSTSTORE_CERTIFICATES",
      "LIANXIN_MANAGEMENT_SCRAPEPASSWORD");

  /**
   * identity's: the issuer property its yml shows commented out (spring.security.oauth2.authorizationserver.issuer)
   * and Boot's extra config location, where the accounts Secret is mounted.
   */
  static final Set<String> IDENTITY_PROPERTIES_BEYOND_YML =
      Set.of("SPRING_SECURITY_OAUTH2_AUTHORIZATIONSERVER_ISSUER", "SPRING_CONFIG_ADDITIONALLOCATION",
          // the portal client's lists (IdentityProperties.Portal), bound from comma-separated values
          "LIANXIN_IDENTITY_PORTAL_REDIRECTURIS", "LIANXIN_IDENTITY_PORTAL_POSTLOGOUTREDIRECTURIS");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

  private Modules() {}

  /** The module's own yml: {@code <module>.yml}, or {@code application.yml} where the module keeps Boot's name. */
  static Path yml(String module) {
    Path resources = Manifests.ROOT.resolve(module).resolve("src/main/resources");
    Path own = resources.resolve(module + ".yml");
    return Files.exists(own) ? own : resources.resolve("application.yml");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> config(String module) {
    return (Map<String, Object>) Manifests.documents(yml(module)).get(0);
  }

  /** The consumer group: the application's name (chassis: spring.cloud.stream.default.group). */
  static String group(String service) {
    return (String) path(config(service), "spring", "application", "name");
  }

  static String publishes(String service) {
    return (String) path(config(service), "lianxin", "publishes");
  }

  static List<String> consumes(String service) {
    Object destination = path(config(service), "spring", "cloud", "stream", "bindings", "events-in-0", "destination");
    List<String> topics = new ArrayList<>();
    if (destination != null) {
      for (String topic : destination.toString().split(",")) {
        topics.add(topic.trim());
      }
    }
    return topics;
  }

  /** The dead-letter topics of a service: {@code <topic>.<group>.dlt} for each topic it consumes. */
  static List<String> deadLetterTopics(String service) {
    List<String> topics = new ArrayList<>();
    for (String topic : consumes(service)) {
      topics.add(topic + "." + group(service) + ".dlt");
    }
    return topics;
  }

  /**
   * The environment variables a module reads: every {@code ${NAME}} placeholder and the relaxed-binding name of every
   * property of its yml (and, for a service, of the chassis yml), and the few listed above.
   */
  static Set<String> environmentVariablesRead(String module) {
    Set<String> names = new LinkedHashSet<>();
    List<Path> files = new ArrayList<>(List.of(yml(module)));
    if (SERVICES.contains(module)) {
      files.add(CHASSIS_YML);
      names.addAll(SERVICE_PROPERTIES_BEYOND_YML);
    }
    if (module.equals("identity")) {
      names.addAll(IDENTITY_PROPERTIES_BEYOND_YML);
    }
    for (Path file : files) {
      Matcher matcher = PLACEHOLDER.matcher(Manifests.read(file));
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
      for (Map<String, Object> document : Manifests.documents(file)) {
        flatten("", document, names);
      }
    }
    return names;
  }

  @SuppressWarnings("unchecked")
  private static void flatten(String prefix, Map<String, Object> map, Set<String> names) {
    for (Map.Entry<String, Object> entry : map.entrySet()) {
      String key = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
      if (entry.getValue() instanceof Map) {
        flatten(key, (Map<String, Object>) entry.getValue(), names);
      } else {
        names.add(key.toUpperCase().replace("-", "").replace('.', '_'));
      }
    }
  }

  @SuppressWarnings("unchecked")
  static Object path(Map<String, Object> map, String... keys) {
    Object current = map;
    for (String key : keys) {
      if (!(current instanceof Map)) {
        return null;
      }
      current = ((Map<String, Object>) current).get(key);
    }
    return current;
  }

  /** topic → operations a service may do on it: write its own topic, read what it consumes, read and write its DLTs. */
  static Map<String, Set<String>> expectedTopicOperations(String service) {
    Map<String, Set<String>> operations = new LinkedHashMap<>();
    operations.computeIfAbsent(publishes(service), t -> new LinkedHashSet<>()).addAll(List.of("Write", "Describe"));
    for (String topic : consumes(service)) {
      operations.computeIfAbsent(topic, t -> new LinkedHashSet<>()).addAll(List.of("Read", "Describe"));
    }
    for (String topic : deadLetterTopics(service)) {
      operations.computeIfAbsent(topic, t -> new LinkedHashSet<>()).addAll(List.of("Read", "Write", "Describe"));
    }
    return operations;
  }
}
