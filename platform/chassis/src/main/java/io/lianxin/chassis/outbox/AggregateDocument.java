package io.lianxin.chassis.outbox;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;

/**
 * Base of every aggregate's MongoDB document: id, version (optimistic lock), the staged events
 * (outbox) and the audit trail (history). Written only through {@link AggregateStore}.
 */
public abstract class AggregateDocument {

  @Id
  private String id;
  private Long version;
  private List<OutboxEvent> outbox = new ArrayList<>();
  private List<HistoryEntry> history = new ArrayList<>();

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  /** Null until first saved. */
  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }

  public List<OutboxEvent> getOutbox() {
    return outbox;
  }

  public void setOutbox(List<OutboxEvent> outbox) {
    this.outbox = outbox;
  }

  public List<HistoryEntry> getHistory() {
    return history;
  }

  public void setHistory(List<HistoryEntry> history) {
    this.history = history;
  }
}
