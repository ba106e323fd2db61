package io.lianxin.chassis.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publishAfterSave publish staged events right after the save (off only in tests that
 *     simulate a crash between save and publish)
 * @param sweepEnabled run the sweeper that publishes what a crash left behind
 * @param sweepInterval pause between sweeps
 * @param sweepGrace events younger than this are left to the immediate publish
 * @param leaseDuration how long a replica holds an aggregate's outbox while sweeping it
 * @param sweepBatch aggregates claimed per collection per sweep
 * @param sendTimeout how long to wait for the broker's acknowledgement
 * @param publishLanes threads that publish right after saves (an aggregate always on the same one)
 * @param laneCapacity saved writes a lane holds; beyond it the sweeper publishes them
 */
@ConfigurationProperties("lianxin.outbox")
public record OutboxProperties(
    Boolean publishAfterSave,
    Boolean sweepEnabled,
    Duration sweepInterval,
    Duration sweepGrace,
    Duration leaseDuration,
    Integer sweepBatch,
    Duration sendTimeout,
    Integer publishLanes,
    Integer laneCapacity) {

  public OutboxProperties {
    publishAfterSave = publishAfterSave == null || publishAfterSave;
    sweepEnabled = sweepEnabled == null || sweepEnabled;
    sweepInterval = sweepInterval == null ? Duration.ofSeconds(2) : sweepInterval;
    sweepGrace = sweepGrace == null ? Duration.ofSeconds(5) : sweepGrace;
    leaseDuration = leaseDuration == null ? Duration.ofSeconds(30) : leaseDuration;
    sweepBatch = sweepBatch == null ? 100 : sweepBatch;
    sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
    publishLanes = publishLanes == null ? 8 : publishLanes;
    laneCapacity = laneCapacity == null ? 10_000 : laneCapacity;
  }
}
