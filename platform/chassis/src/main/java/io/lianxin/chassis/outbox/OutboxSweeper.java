package io.lianxin.chassis.outbox;

import org.springframework.scheduling.annotation.Scheduled;

/** Runs the relay's sweep on a fixed delay; several replicas may run it at once (leases). */
public class OutboxSweeper {

  private final OutboxRelay relay;

  public OutboxSweeper(OutboxRelay relay) {
    this.relay = relay;
  }

  @Scheduled(fixedDelayString = "${lianxin.outbox.sweep-interval:2s}", initialDelayString = "${lianxin.outbox.sweep-interval:2s}")
  public void sweep() {
    relay.sweep();
  }
}
