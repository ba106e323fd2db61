package io.lianxin.testkit;

import java.util.Map;

/** A Kafka broker, a MongoDB server and a token issuer that integration tests run against. */
public interface TestInfrastructure {

  String kafkaBootstrapServers();

  DevTokenIssuer issuer();

  /** Spring properties that point a service at these parts, using its own database. */
  Map<String, Object> serviceProperties(String database);
}
