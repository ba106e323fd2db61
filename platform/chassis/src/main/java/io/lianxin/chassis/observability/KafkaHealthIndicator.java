package io.lianxin.chassis.observability;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The broker in readiness: UP when the cluster answers within two seconds, else {@link #DEGRADED}.
 * Commands do not need the broker (their events wait in the outbox until it is back), so a
 * broker that is away is reported without taking the service out of traffic: the readiness group
 * ranks DEGRADED below UP (lianxin-chassis.yml), and an alert on the outbox's oldest age tells
 * that events are waiting.
 */
public class KafkaHealthIndicator extends AbstractHealthIndicator implements AutoCloseable {

  /** Serving, with a part away that the service can do without for a while. */
  public static final Status DEGRADED = new Status("DEGRADED", "the broker does not answer; events wait in the outbox");

  private final AdminClient admin;

  public KafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
    Map<String, Object> config = new java.util.HashMap<>(kafkaAdmin.getConfigurationProperties());
    config.put("request.timeout.ms", 2000);
    config.put("default.api.timeout.ms", 2000);
    this.admin = AdminClient.create(config);
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    try {
      var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000));
      String clusterId = cluster.clusterId().get(2, TimeUnit.SECONDS);
      int nodes = cluster.nodes().get(2, TimeUnit.SECONDS).size();
      builder.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      builder.status(DEGRADED).withDetail("error", e.toString());
    }
  }

  @Override
  public void close() {
    admin.close();
  }
}
