package io.lianxin.voting.domain;

import io.lianxin.chassis.domain.RuleViolationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Who a poll's roll (表决名单) is made of, by kind: every serving deputy of the congress (全体代表),
 * the serving members of the standing committee (常委会组成人员), the serving deputies of one
 * delegation (代表团), or a list of deputies named by id. It is resolved against the copy of the
 * register ({@link RegisteredDeputy}); a poll fixes the resolved ids when it opens.
 *
 * @param delegation the delegation's name, for {@link Kind#DELEGATION} only
 * @param deputyIds the deputies, for {@link Kind#LIST} only
 */
public record Roll(Kind kind, String delegation, List<String> deputyIds) {

  /** How a roll is made. */
  public enum Kind { ALL_DEPUTIES, STANDING_COMMITTEE, DELEGATION, LIST }

  public Roll {
    if (kind == null) {
      throw new RuleViolationException("rollOf.kind", "the kind of roll is required");
    }
    if ((kind == Kind.DELEGATION) != (delegation != null)) {
      throw new RuleViolationException("rollOf.delegation", "a DELEGATION roll, and only it, names the delegation");
    }
    if (delegation != null && delegation.isBlank()) {
      throw new RuleViolationException("rollOf.delegation", "the delegation's name");
    }
    if ((kind == Kind.LIST) != (deputyIds != null)) {
      throw new RuleViolationException("rollOf.deputyIds", "a LIST roll, and only it, names the deputies");
    }
    if (deputyIds != null) {
      if (deputyIds.isEmpty() || new HashSet<>(deputyIds).size() != deputyIds.size()) {
        throw new RuleViolationException("rollOf.deputyIds", "at least one deputy, each once");
      }
      deputyIds = List.copyOf(deputyIds);
    }
  }

  public static Roll allDeputies() {
    return new Roll(Kind.ALL_DEPUTIES, null, null);
  }

  public static Roll standingCommittee() {
    return new Roll(Kind.STANDING_COMMITTEE, null, null);
  }

  public static Roll delegation(String name) {
    return new Roll(Kind.DELEGATION, name, null);
  }

  public static Roll list(List<String> deputyIds) {
    return new Roll(Kind.LIST, null, deputyIds);
  }

  /**
   * The voters' ids this roll names in {@code register} (the copy's entries of one congress): the
   * serving deputies of its kind by id, or a list's ids in its order — each of which must be a
   * serving deputy of the register (a 422 names those unknown and those who left). A roll that
   * names nobody is refused.
   */
  public List<String> resolve(Collection<RegisteredDeputy> register) {
    if (kind == Kind.LIST) {
      return listed(register);
    }
    Predicate<RegisteredDeputy> fits = switch (kind) {
      case ALL_DEPUTIES -> RegisteredDeputy::active;
      case STANDING_COMMITTEE -> RegisteredDeputy::onStandingCommittee;
      case DELEGATION -> d -> d.active() && delegation.equals(d.delegation());
      case LIST -> throw new IllegalStateException("resolved above");
    };
    List<String> ids = register.stream().filter(fits).map(RegisteredDeputy::deputyId)
        .sorted(Comparator.naturalOrder()).toList();
    if (ids.isEmpty()) {
      throw new RuleViolationException("rollOf", "no serving deputy of the register fits this roll: " + describe());
    }
    return ids;
  }

  private List<String> listed(Collection<RegisteredDeputy> register) {
    Map<String, RegisteredDeputy> byId = new LinkedHashMap<>();
    register.forEach(d -> byId.put(d.deputyId(), d));
    List<String> unknown = new ArrayList<>();
    for (String id : deputyIds) {
      if (!byId.containsKey(id)) {
        unknown.add(id);
      }
    }
    String problem = problem(unknown, notServing(deputyIds, byId));
    if (problem != null) {
      throw new RuleViolationException("rollOf.deputyIds", problem);
    }
    return deputyIds;
  }

  /**
   * Refuses an explicit roll (ids typed by hand, or sent by another service) that names a deputy
   * the register says has left or was removed. Ids the register does not hold are let through:
   * such a roll predates the register, or names voters who are not deputies.
   */
  public static void refuseNotServing(List<String> roll, Collection<RegisteredDeputy> register) {
    Map<String, RegisteredDeputy> byId = new LinkedHashMap<>();
    register.forEach(d -> byId.put(d.deputyId(), d));
    String problem = problem(List.of(), notServing(roll, byId));
    if (problem != null) {
      throw new RuleViolationException("roll", problem);
    }
  }

  private static List<String> notServing(List<String> ids, Map<String, RegisteredDeputy> byId) {
    return ids.stream().filter(id -> byId.containsKey(id) && !byId.get(id).active()).toList();
  }

  private static String problem(List<String> unknown, List<String> notServing) {
    List<String> parts = new ArrayList<>();
    if (!unknown.isEmpty()) {
      parts.add("not deputies of the register: " + String.join(", ", unknown));
    }
    if (!notServing.isEmpty()) {
      parts.add("no longer serving (left or removed): " + String.join(", ", notServing));
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  private String describe() {
    return kind == Kind.DELEGATION ? "DELEGATION " + delegation : kind.name();
  }
}
