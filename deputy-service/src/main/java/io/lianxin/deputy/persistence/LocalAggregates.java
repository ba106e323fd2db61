package io.lianxin.deputy.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.chassis.outbox.AggregateStore;
import io.lianxin.chassis.outbox.PendingEvent;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes of this service's own work (reception days, opinions, annual reports, training): one document
 * write each through the {@link AggregateStore} (version-guarded), with the events it caused staged in the
 * same write (the outbox, ADR 0003). The work counted in deputies' records reaches them from those events
 * (the service consumes its own topic), never from a second write.
 */
@Component
class LocalAggregates {

  private final AggregateStore aggregates;

  LocalAggregates(AggregateStore aggregates) {
    this.aggregates = aggregates;
  }

  /** Inserts (version null) or updates (version as loaded); the version written. */
  long write(AggregateDocument document, List<PendingEvent> events) {
    aggregates.save(document, events);
    return document.getVersion();
  }
}
