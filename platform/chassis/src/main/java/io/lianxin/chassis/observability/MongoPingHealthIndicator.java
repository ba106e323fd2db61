package io.lianxin.chassis.observability;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * MongoDB health by {@code ping}, which both real MongoDB and the Mongo-wire server answer (Boot's
 * own indicator sends {@code hello}, which mongo-java-server does not know).
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

  private final MongoTemplate mongo;

  public MongoPingHealthIndicator(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    Document reply = mongo.executeCommand(new Document("ping", 1));
    builder.status(reply.get("ok") instanceof Number ok && ok.doubleValue() == 1.0 ? "UP" : "DOWN")
        .withDetail("database", mongo.getDb().getName());
  }
}
