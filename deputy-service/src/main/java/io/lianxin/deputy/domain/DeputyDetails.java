package io.lianxin.deputy.domain;

import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the register says of a deputy (代表基本信息): name, electoral unit (选区/选举单位), delegation
 * (代表团) and whether they head it (团长), deputy group (代表小组), place on the standing committee
 * (常委会组成人员), occupation, and the term (任期) the mandate runs for. Built with {@link #builder}.
 *
 * @param termEnd null while the term's end is not fixed
 * @param standingCommitteeRole null when the deputy is not on the standing committee
 */
public record DeputyDetails(String name, String electoralUnit, String delegation, String deputyGroup,
    boolean delegationHead, StandingCommitteeRole standingCommitteeRole, String occupation,
    LocalDate termStart, LocalDate termEnd) {

  public DeputyDetails {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(termStart, "termStart");
    if (termEnd != null && !termEnd.isAfter(termStart)) {
      throw new RuleViolationException("termEnd", "the term must end after it starts (" + termStart + ")");
    }
    if (delegationHead && delegation == null) {
      throw new RuleViolationException("delegationHead", "团长须属于代表团 / a delegation head must have a delegation");
    }
  }

  /** A deputy's entry with the fields every entry has; the others are set on the builder. */
  public static Builder builder(String name, LocalDate termStart) {
    return new Builder(name, termStart);
  }

  /** This entry as a builder, to change some fields. */
  public Builder toBuilder() {
    return new Builder(name, termStart).electoralUnit(electoralUnit).delegation(delegation).deputyGroup(deputyGroup)
        .delegationHead(delegationHead).standingCommitteeRole(standingCommitteeRole).occupation(occupation)
        .termEnd(termEnd);
  }

  /** Builds a {@link DeputyDetails}; an unset field is absent (null, or not the head). */
  public static final class Builder {
    private String name;
    private LocalDate termStart;
    private String electoralUnit;
    private String delegation;
    private String deputyGroup;
    private boolean delegationHead;
    private StandingCommitteeRole standingCommitteeRole;
    private String occupation;
    private LocalDate termEnd;

    private Builder(String name, LocalDate termStart) {
      this.name = name;
      this.termStart = termStart;
    }

    public Builder name(String value) {
      name = value;
      return this;
    }

    public Builder termStart(LocalDate value) {
      termStart = value;
      return this;
    }

    public Builder electoralUnit(String value) {
      electoralUnit = value;
      return this;
    }

    public Builder delegation(String value) {
      delegation = value;
      return this;
    }

    public Builder deputyGroup(String value) {
      deputyGroup = value;
      return this;
    }

    public Builder delegationHead(boolean value) {
      delegationHead = value;
      return this;
    }

    public Builder standingCommitteeRole(StandingCommitteeRole value) {
      standingCommitteeRole = value;
      return this;
    }

    public Builder occupation(String value) {
      occupation = value;
      return this;
    }

    public Builder termEnd(LocalDate value) {
      termEnd = value;
      return this;
    }

    public DeputyDetails build() {
      return new DeputyDetails(name, electoralUnit, delegation, deputyGroup, delegationHead, standingCommitteeRole,
          occupation, termStart, termEnd);
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
    if (!Objects.equals(deputyGroup, other.deputyGroup)) {
      changed.add("deputyGroup");
    }
    if (delegationHead != other.delegationHead) {
      changed.add("delegationHead");
    }
    if (standingCommitteeRole != other.standingCommitteeRole) {
      changed.add("standingCommitteeRole");
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
