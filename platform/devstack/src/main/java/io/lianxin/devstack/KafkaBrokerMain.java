package io.lianxin.devstack;

import io.lianxin.testkit.ParentWatch;

/**
 * The Kafka broker's main in its child JVM: Kafka's own {@code kafka.Kafka}, which ends when the
 * devstack's JVM ends however that ends (a {@code kill -9} too), so that no orphan broker keeps the
 * ports and the data directory.
 */
public final class KafkaBrokerMain {

  private KafkaBrokerMain() {}

  public static void main(String[] args) throws Exception {
    // Kafka's controlled shutdown takes a few seconds; a broker that hangs is halted after 30 s.
    ParentWatch.exitWhenParentDies(30_000);
    kafka.Kafka.main(args);
  }
}
