package io.lianxin.testkit;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The embedded parts a test JVM shares: one Kafka broker, one Mongo-wire server, one token issuer,
 * started on first use and stopped when the JVM exits. Tests isolate themselves by database name
 * and by the ids they create.
 */
public final class EmbeddedInfra implements TestInfrastructure {

  /** A system property naming an H2 file: the Mongo-wire server then runs on it, durable (benchmarks). */
  public static final String MONGO_FILE_PROPERTY = "lianxin.embedded.mongo-file";

  private static volatile EmbeddedInfra shared;

  private final KafkaTestBroker kafka;
  private final MongoWireServer mongo;
  private final DevTokenIssuer issuer;

  private EmbeddedInfra() {
    String file = System.getProperty(MONGO_FILE_PROPERTY);
    mongo = file == null || file.isBlank() ? MongoWireServer.inMemory() : MongoWireServer.onFile(Path.of(file), 0);
    issuer = new DevTokenIssuer(0);
    kafka = new KafkaTestBroker(3);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      kafka.close();
      mongo.close();
      issuer.close();
    }, "embedded-infra-stop"));
  }

  public static EmbeddedInfra shared() {
    if (shared == null) {
      synchronized (EmbeddedInfra.class) {
        if (shared == null) {
          shared = new EmbeddedInfra();
        }
      }
    }
    return shared;
  }

  @Override
  public String kafkaBootstrapServers() {
    return kafka.bootstrapServers();
  }

  public MongoWireServer mongo() {
    return mongo;
  }

  @Override
  public DevTokenIssuer issuer() {
    return issuer;
  }

  @Override
  public Map<String, Object> serviceProperties(String database) {
    Map<String, Object> props = connectionProperties(mongo.uri(database), kafkaBootstrapServers(), issuer);
    props.put("spring.mongodb.database", database);
    return props;
  }

  static Map<String, Object> connectionProperties(String mongoUri, String kafka, DevTokenIssuer issuer) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("spring.mongodb.uri", mongoUri);
    props.put("spring.kafka.bootstrap-servers", kafka);
    props.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", issuer.jwkSetUri());
    props.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer.issuer());
    return props;
  }
}
