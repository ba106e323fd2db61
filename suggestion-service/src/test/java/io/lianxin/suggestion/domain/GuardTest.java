package io.lianxin.suggestion.domain;

import static io.lianxin.suggestion.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The checks a command makes: role and part (403), state (409), input (422). */
class GuardTest {

  @Test
  void aCommandInAnotherStateIsAnIllegalTransitionNamingTheState() {
    // expect
    assertThatThrownBy(() -> Guard.inState(SuggestionState.DRAFT, "assign", SuggestionState.REGISTERED))
        .isInstanceOf(IllegalTransitionException.class)
        .extracting(e -> ((IllegalTransitionException) e).currentState()).isEqualTo("DRAFT");
    Guard.inState(SuggestionState.REGISTERED, "assign", SuggestionState.SUBMITTED, SuggestionState.REGISTERED);
  }

  @Test
  void blankOrOverlongTextIsARuleViolationOfItsField() {
    // expect
    assertThatThrownBy(() -> Guard.text("title", " ", 5)).isInstanceOf(RuleViolationException.class)
        .extracting(e -> ((RuleViolationException) e).field()).isEqualTo("title");
    assertThatThrownBy(() -> Guard.text("title", "123456", 5)).isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("at most 5");
    assertThat(Guard.text("title", "12345", 5)).isEqualTo("12345");
    assertThatThrownBy(() -> Guard.present("category", null)).isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("category is required");
  }

  @Test
  void aDeputyCommandNeedsTheRoleAndADeputyInTheToken() {
    // given
    CurrentUser noDeputyId = user("x", Role.DEPUTY, null, null);
    // expect
    assertThatThrownBy(() -> Guard.deputy(STAFF)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> Guard.deputy(noDeputyId)).isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("names no deputy");
    Guard.deputy(DEPUTY);
  }
}
