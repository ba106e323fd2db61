package io.lianxin.suggestion.domain;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import java.util.Arrays;

/**
 * The checks a command makes before it changes anything, each a line: the caller's role and part
 * (403), the state (409), the input and the rules (422). A refused command changes nothing.
 */
final class Guard {

  private Guard() {}

  static void role(CurrentUser actor, Role... roles) {
    if (!actor.hasAny(roles)) {
      throw new ForbiddenException("needs role " + Arrays.toString(roles));
    }
  }

  /** A deputy whose token names the deputy. */
  static void deputy(CurrentUser actor) {
    role(actor, Role.DEPUTY);
    permitted(actor.deputyId() != null, "the token names no deputy");
  }

  static void permitted(boolean allowed, String otherwise) {
    if (!allowed) {
      throw new ForbiddenException(otherwise);
    }
  }

  static void inState(SuggestionState state, String action, SuggestionState... allowed) {
    for (SuggestionState s : allowed) {
      if (state == s) {
        return;
      }
    }
    throw new IllegalTransitionException(action, state.name());
  }

  /** {@code action} is refused in the current {@code state} unless {@code allowed}. */
  static void transition(boolean allowed, String action, String state) {
    if (!allowed) {
      throw new IllegalTransitionException(action, state);
    }
  }

  static void rule(boolean holds, String field, String otherwise) {
    if (!holds) {
      throw new RuleViolationException(field, otherwise);
    }
  }

  static <T> T present(String field, T value) {
    rule(value != null, field, field + " is required");
    return value;
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  static String text(String field, String value, int max) {
    rule(!blank(value), field, field + " must not be blank");
    rule(value.length() <= max, field, field + " must have at most " + max + " characters");
    return value;
  }
}
