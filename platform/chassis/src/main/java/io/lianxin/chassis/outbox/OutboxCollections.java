package io.lianxin.chassis.outbox;

import java.util.Set;

/** The collections whose documents carry an outbox; the sweeper looks only there. */
public record OutboxCollections(Set<String> names) {
  public static OutboxCollections of(String... names) {
    return new OutboxCollections(Set.of(names));
  }
}
