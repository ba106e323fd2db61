package io.lianxin.suggestion.application;

import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.RuleViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/** The problem type a batch item's failure would have had as a single request. */
final class ProblemNames {
  private ProblemNames() {}

  static String of(RuntimeException e) {
    if (e instanceof NotFoundException) {
      return "not-found";
    }
    if (e instanceof IllegalTransitionException t) {
      return "illegal-state:" + t.currentState();
    }
    if (e instanceof RuleViolationException) {
      return "rule-violation";
    }
    if (e instanceof ForbiddenException) {
      return "forbidden";
    }
    if (e instanceof OptimisticLockingFailureException) {
      return "concurrent-change";
    }
    throw e;
  }
}
