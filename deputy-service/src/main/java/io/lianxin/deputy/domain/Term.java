package io.lianxin.deputy.domain;

import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A term of a congress (届次): its number (第几届) and the days it runs, both included; a term without an
 * end runs until a next one is entered.
 */
public record Term(int number, LocalDate start, LocalDate end) {

  public Term {
    Objects.requireNonNull(start, "start");
    if (number < 1) {
      throw new RuleViolationException("terms", "届次须为正数 / a term's number must be positive: " + number);
    }
    if (end != null && end.isBefore(start)) {
      throw new RuleViolationException("terms", "第" + number + "届结束早于开始 / term " + number
          + " ends (" + end + ") before it starts (" + start + ")");
    }
  }

  /** Whether {@code day} is within the term. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && (end == null || !day.isAfter(end));
  }

  boolean overlaps(Term other) {
    return (end == null || !other.start.isAfter(end)) && (other.end == null || !start.isAfter(other.end));
  }
}
