package io.lianxin.suggestion.domain;

import io.lianxin.chassis.domain.RuleViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A deputy's suggestion or motion (代表建议 / 议案): the aggregate whose every change is recorded
 * and published. Plain Java: the rules live here, persistence and messaging stay outside.
 */
public final class Suggestion {

  public static final int MAX_TITLE = 200;
  public static final int MAX_BODY = 20_000;

  private final String id;
  private final String congressId;
  private final SuggestionKind kind;
  private final String title;
  private final String body;
  private final SuggestionCategory category;
  private final String proposerDeputyId;
  private final List<String> coSignerDeputyIds;
  private SuggestionState state;
  private Instant submittedAt;
  private final List<SuggestionEvent> pendingEvents = new ArrayList<>();

  public Suggestion(String id, String congressId, SuggestionKind kind, String title, String body,
      SuggestionCategory category, String proposerDeputyId, List<String> coSignerDeputyIds,
      SuggestionState state, Instant submittedAt) {
    this.id = id;
    this.congressId = congressId;
    this.kind = kind;
    this.title = title;
    this.body = body;
    this.category = category;
    this.proposerDeputyId = proposerDeputyId;
    this.coSignerDeputyIds = List.copyOf(coSignerDeputyIds);
    this.state = state;
    this.submittedAt = submittedAt;
  }

  /**
   * A deputy submits a suggestion directly (the draft and co-signing steps come with the full
   * lifecycle). Title and body must have text within their limits.
   */
  public static Suggestion submit(String id, String congressId, String proposerDeputyId, String title,
      String body, SuggestionCategory category, Instant now) {
    requireText("title", title, MAX_TITLE);
    requireText("body", body, MAX_BODY);
    if (category == null) {
      throw new RuleViolationException("category", "a category is required");
    }
    if (proposerDeputyId == null || proposerDeputyId.isBlank()) {
      throw new RuleViolationException("proposerDeputyId", "only a deputy can submit a suggestion");
    }
    Suggestion suggestion = new Suggestion(id, congressId, SuggestionKind.SUGGESTION, title.strip(), body.strip(),
        category, proposerDeputyId, List.of(), SuggestionState.SUBMITTED, now);
    suggestion.pendingEvents.add(new SuggestionEvent.Submitted(id, congressId, suggestion.kind, suggestion.title,
        category, proposerDeputyId, List.of(), now));
    return suggestion;
  }

  /** Whether this deputy proposed or co-signed it (and so may see it). */
  public boolean involvesDeputy(String deputyId) {
    return deputyId != null && (deputyId.equals(proposerDeputyId) || coSignerDeputyIds.contains(deputyId));
  }

  /** The events of the changes made since it was loaded; taken once, by the save. */
  public List<SuggestionEvent> takeEvents() {
    List<SuggestionEvent> events = List.copyOf(pendingEvents);
    pendingEvents.clear();
    return events;
  }

  private static void requireText(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new RuleViolationException(field, field + " must not be blank");
    }
    if (value.length() > max) {
      throw new RuleViolationException(field, field + " must have at most " + max + " characters");
    }
  }

  public String id() { return id; }
  public String congressId() { return congressId; }
  public SuggestionKind kind() { return kind; }
  public String title() { return title; }
  public String body() { return body; }
  public SuggestionCategory category() { return category; }
  public String proposerDeputyId() { return proposerDeputyId; }
  public List<String> coSignerDeputyIds() { return coSignerDeputyIds; }
  public SuggestionState state() { return state; }
  public Instant submittedAt() { return submittedAt; }
}
