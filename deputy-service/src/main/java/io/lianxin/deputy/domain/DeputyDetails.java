package io.lianxin.deputy.domain;

import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the register says of a deputy (代表基本信息): name, electoral unit (选区/选举单位), delegation
 * (代表团), occupation, and the term (任期) the mandate runs for.
 *
 * @param termEnd null while the term's end is not fixed
 */
public record DeputyDetails(String name, String electoralUnit, String delegation, String occupation,
    LocalDate termStart, LocalDate termEnd) {

  public DeputyDetails {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(termStart, "termStart");
    if (termEnd != null && !termEnd.isAfter(termStart)) {
      throw new RuleViolationException("termEnd", "the term must end after it starts (" + termStart + ")");
    }
  }

  /** The fields that differ from {@code other}, by their API names. */
  public List<String> changedFrom(DeputyDetails other) {
    List<String> changed = new ArrayList<>();
    if (!name.equals(other.name)) {
      changed.add("name");
    }
    if (!Objects.equals(electoralUnit, other.electoralUnit)) {
      changed.add("electoralUnit");
    }
    if (!Objects.equals(delegation, other.delegation)) {
      changed.add("delegation");
    }
    if (!Objects.equals(occupation, other.occupation)) {
      changed.add("occupation");
    }
    if (!termStart.equals(other.termStart)) {
      changed.add("termStart");
    }
    if (!Objects.equals(termEnd, other.termEnd)) {
      changed.add("termEnd");
    }
    return changed;
  }
}
