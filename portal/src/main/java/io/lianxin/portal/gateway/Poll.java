package io.lianxin.portal.gateway;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A poll (表决) of the congress as voting-service shows it to its voters: its title, method (表决方式), the items a
 * ballot answers, whether secret (无记名) or named (记名), public, its state and times.
 */
public record Poll(String id, String kind, String title, String method, List<String> items, boolean secret,
    boolean isPublic, boolean allowRevote, String state, Instant closesAt, Instant publishedAt) {

  public Poll {
    items = List.copyOf(Objects.requireNonNullElse(items, List.of()));
  }

  /** Ballots are cast while the poll is open (投票中). */
  public boolean open() {
    return "OPEN".equals(state);
  }

  /** The published box can be searched by receipt (回执码) once the result is published. */
  public boolean published() {
    return "PUBLISHED".equals(state);
  }
}
