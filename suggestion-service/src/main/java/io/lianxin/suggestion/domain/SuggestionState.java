package io.lianxin.suggestion.domain;

/** Where a suggestion stands in its handling (办理状态); see DOMAIN.md §1 Lifecycle. */
public enum SuggestionState {
  DRAFT, SUBMITTED, REGISTERED, NOT_REGISTERED, WITHDRAWN, ASSIGNED, ASSIGNMENT_DISPUTED,
  IN_PROGRESS, REPLIED, EVALUATED, REHANDLING, CLOSED, PUBLISHED
}
