package io.lianxin.deputy.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.chassis.outbox.AggregateStore;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes of this service's own work (reception days, opinions, annual reports, training): one document
 * write each through the {@link AggregateStore} (version-guarded), with no events yet — their contracts
 * are to come (issue 12 §7); the counted work reaches the records as local entries.
 */
@Component
class LocalAggregates {

  private final AggregateStore aggregates;

  LocalAggregates(AggregateStore aggregates) {
    this.aggregates = aggregates;
  }

  /** Inserts (version null) or updates (version as loaded); the version written. */
  long write(AggregateDocument document) {
    aggregates.save(document, List.of());
    return document.getVersion();
  }
}
