package io.lianxin.chassis.observability;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;

/** Readiness needs the broker: UP when the cluster answers within two seconds. */
public class KafkaHealthIndicator extends AbstractHealthIndicator implements AutoCloseable {

  private final AdminClient admin;

  public KafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
    Map<String, Object> config = new java.util.HashMap<>(kafkaAdmin.getConfigurationProperties());
    config.put("request.timeout.ms", 2000);
    config.put("default.api.timeout.ms", 2000);
    this.admin = AdminClient.create(config);
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000));
    String clusterId = cluster.clusterId().get(2, TimeUnit.SECONDS);
    int nodes = cluster.nodes().get(2, TimeUnit.SECONDS).size();
    builder.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes);
  }

  @Override
  public void close() {
    admin.close();
  }
}
