package io.lianxin.suggestion.domain;

import java.time.Instant;
import java.util.List;

/** What happened to a suggestion, as the domain says it; messaging maps these to contract events. */
public sealed interface SuggestionEvent {

  /** 建议已提交. */
  record Submitted(
      String suggestionId, String congressId, SuggestionKind kind, String title, SuggestionCategory category,
      String proposerDeputyId, List<String> coSignerDeputyIds, Instant submittedAt) implements SuggestionEvent {}
}
