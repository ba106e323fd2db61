package io.lianxin.deputy.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A suggestion or motion submitted in suggestion-service (代表提交建议/议案,
 * {@code lianxin.suggestion.submitted.v1}), as far as deputies' records need it. Its co-signers are the
 * confirmed ones: suggestion-service drops those who have not confirmed when the proposer submits.
 */
public record SubmittedItem(String suggestionId, String congressId, Kind kind, String proposerDeputyId,
    List<String> coSignerDeputyIds, Instant submittedAt) {

  /** What was submitted: 建议 or 议案. */
  public enum Kind { SUGGESTION, MOTION }

  public SubmittedItem {
    Objects.requireNonNull(suggestionId, "suggestionId");
    Objects.requireNonNull(congressId, "congressId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(proposerDeputyId, "proposerDeputyId");
    Objects.requireNonNull(submittedAt, "submittedAt");
    coSignerDeputyIds = coSignerDeputyIds == null ? List.of() : List.copyOf(coSignerDeputyIds);
  }

  /**
   * The entries this submission gives: the proposer's suggestion or motion, and one co-signature for
   * each co-signer (once each, never the proposer), all in the year of submission in {@code zone}.
   */
  public List<RecordEntry> entries(String eventId, ZoneId zone) {
    int year = submittedAt.atZone(zone).getYear();
    List<RecordEntry> entries = new ArrayList<>();
    RecordKind proposed = kind == Kind.MOTION ? RecordKind.MOTION : RecordKind.SUGGESTION;
    entries.add(new RecordEntry(congressId, proposerDeputyId, proposed, suggestionId, year, eventId));
    for (String coSigner : new LinkedHashSet<>(coSignerDeputyIds)) {
      if (!coSigner.equals(proposerDeputyId)) {
        entries.add(new RecordEntry(congressId, coSigner, RecordKind.CO_SIGNATURE, suggestionId, year, eventId));
      }
    }
    return entries;
  }
}
