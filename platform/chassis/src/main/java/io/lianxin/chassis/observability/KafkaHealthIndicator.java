package io.lianxin.chassis.observability;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.stream.binder.Binding;
import org.springframework.cloud.stream.binding.BindingService;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The broker and the consumers in readiness: UP when the cluster answers within two seconds and
 * every consumer binding (Spring Cloud Stream) is running, else {@link #DEGRADED}, with each
 * binding's state in the details.
 * Commands do not need the broker (their events wait in the outbox until it is back), so a
 * broker that is away is reported without taking the service out of traffic: the readiness group
 * ranks DEGRADED below UP (lianxin-chassis.yml), and an alert on the outbox's oldest age tells
 * that events are waiting.
 */
public class KafkaHealthIndicator extends AbstractHealthIndicator implements AutoCloseable {

  /** Serving, with a part away that the service can do without for a while. */
  public static final Status DEGRADED = new Status("DEGRADED", "the broker does not answer; events wait in the outbox");

  /** The broker answers, but a consumer binding is stopped or paused. */
  public static final Status CONSUMER_STOPPED = new Status("DEGRADED", "a consumer is not running; its events wait on the topic");

  private final AdminClient admin;
  private final ObjectProvider<BindingService> bindings;

  public KafkaHealthIndicator(KafkaAdmin kafkaAdmin, ObjectProvider<BindingService> bindings) {
    this.bindings = bindings;
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
      Map<String, Object> consumers = consumerStates();
      if (!consumers.isEmpty()) {
        builder.withDetail("consumers", consumers);
        if (consumers.values().stream().anyMatch(state -> !"running".equals(state))) {
          builder.status(CONSUMER_STOPPED);
        }
      }
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      builder.status(DEGRADED).withDetail("error", e.toString());
    }
  }

  /** Each consumer binding's state ("running", "paused", "stopped"), by binding name. */
  private Map<String, Object> consumerStates() {
    Map<String, Object> states = new java.util.TreeMap<>();
    BindingService service = bindings.getIfAvailable();
    if (service != null) {
      for (String name : service.getConsumerBindingNames()) {
        for (Binding<?> binding : service.getConsumerBindings(name)) {
          states.put(name, binding.isPaused() ? "paused" : binding.isRunning() ? "running" : "stopped");
        }
      }
    }
    return states;
  }

  @Override
  public void close() {
    admin.close();
  }
}
