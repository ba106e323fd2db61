package io.lianxin.suggestion.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Where a suggestion stands in its handling (办理状态); see DOMAIN.md §1 Lifecycle. */
public enum SuggestionState {
  DRAFT, SUBMITTED, REGISTERED, NOT_REGISTERED, WITHDRAWN, ASSIGNED, ASSIGNMENT_DISPUTED,
  IN_PROGRESS, REPLIED, EVALUATED, REHANDLING, CLOSED, PUBLISHED;

  /**
   * The states in which the units owe a reply (办理中): assigned, its assignment disputed, in
   * progress, re-handled. Reply deadlines run and an item is overdue only in these.
   */
  public static final Set<SuggestionState> HANDLING =
      Collections.unmodifiableSet(EnumSet.of(ASSIGNED, ASSIGNMENT_DISPUTED, IN_PROGRESS, REHANDLING));

  /** Whether the units owe a reply in this state ({@link #HANDLING}). */
  public boolean isHandling() {
    return HANDLING.contains(this);
  }
}
