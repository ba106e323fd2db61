package io.lianxin.portal.gateway;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A poll as voting-service shows it to the committee office: besides what a voter sees, the roll's size, how many are
 * signed in (an in-person poll), the live turnout (never the result while open) and a cancellation's reason.
 */
public record StaffPoll(String id, String kind, String title, String method, List<String> items, int rollSize,
    boolean secret, boolean inPerson, boolean isPublic, String state, Instant createdAt, Instant openedAt,
    Instant closedAt, Instant publishedAt, String cancelReason, Integer present, Turnout turnout) {

  public StaffPoll {
    items = List.copyOf(Objects.requireNonNullElse(items, List.of()));
  }

  /** Ballots cast so far, who is present, and the roll. */
  public record Turnout(long ballotsCast, long present, int rollSize) {}
}
