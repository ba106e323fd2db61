package io.lianxin.deputy.domain;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A people's congress in the register (人民代表大会; 三级人大、五级代表): its name, level, the congress it
 * belongs under (the parent, one level up; none for the national congress or a top entry of the
 * register) and its terms (届次). Its id is the tenant id the others use ({@code congressId}): unlike a
 * deputy's, it is one for the whole register, not per congress.
 */
public final class Congress {

  /** What the register says of a congress; the terms by number, not overlapping, numbered in the order they run. */
  public record Details(String name, CongressLevel level, String parentCongressId, List<Term> terms) {
    public Details {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(level, "level");
      terms = terms.stream().sorted(Comparator.comparing(Term::start)).toList();
      if (level.parentLevel().isEmpty() && parentCongressId != null) {
        throw new RuleViolationException("parentCongressId",
            "全国人大没有上级人大 / the national congress has no parent congress");
      }
      requireTermsInOrder(terms);
      terms = terms.stream().sorted(Comparator.comparingInt(Term::number)).toList();
    }

    /** Terms by start: each starts after the one before has ended, with a higher number. */
    private static void requireTermsInOrder(List<Term> byStart) {
      for (int i = 1; i < byStart.size(); i++) {
        Term before = byStart.get(i - 1);
        Term after = byStart.get(i);
        if (before.overlaps(after)) {
          throw new RuleViolationException("terms", "第" + before.number() + "届与第" + after.number() + "届重叠 / terms "
              + before.number() + " and " + after.number() + " overlap");
        }
        if (after.number() <= before.number()) {
          throw new RuleViolationException("terms", "届次须按时间先后递增 / terms must be numbered in the order they run: "
              + "term " + after.number() + " starts after term " + before.number());
        }
      }
    }

    List<String> changedFrom(Details other) {
      List<String> changed = new ArrayList<>();
      if (!name.equals(other.name)) {
        changed.add("name");
      }
      if (level != other.level) {
        changed.add("level");
      }
      if (!Objects.equals(parentCongressId, other.parentCongressId)) {
        changed.add("parentCongressId");
      }
      if (!terms.equals(other.terms)) {
        changed.add("terms");
      }
      return changed;
    }
  }

  private final String congressId;
  private Details details;
  private final RecordedEvents<RegisterEvent> events = new RecordedEvents<>();

  private Congress(String congressId, Details details) {
    this.congressId = Objects.requireNonNull(congressId, "congressId");
    this.details = Objects.requireNonNull(details, "details");
  }

  /**
   * Enters a congress (人大登记).
   *
   * @param parent the congress the entry names as its parent, as the register has it; null when the entry names
   *     none or the register has no such congress
   */
  public static Congress register(String congressId, Details details, Congress parent) {
    requireParent(details, parent);
    Congress congress = new Congress(congressId, details);
    congress.events.record(new RegisterEvent.CongressRegistered());
    return congress;
  }

  public static Congress restore(String congressId, Details details) {
    return new Congress(congressId, details);
  }

  /**
   * Who may write an entry: an admin of the congress itself (it enters itself) or of its parent (it enters the
   * congresses below it). The parent is the one the register has; for a new entry, the one it names.
   */
  public static void requireWriter(CurrentUser caller, String congressId, String parentCongressId) {
    boolean ownOrParent = congressId.equals(caller.congressId()) || caller.congressId().equals(parentCongressId);
    if (!caller.has(Role.ADMIN) || !ownOrParent) {
      throw new ForbiddenException("只有本级或上一级人大的管理员可以登记、变更 / only an admin of the congress "
          + congressId + " or of its parent congress may write its entry");
    }
  }

  /**
   * Changes the entry; the same entry again changes nothing.
   *
   * @param parent the congress the entry names as its parent, as the register has it (null: none, or not in it)
   * @param children the congresses the register has below this one, by id
   */
  public void update(Details next, Congress parent, List<String> children) {
    requireParent(next, parent);
    if (next.level() != details.level() && !children.isEmpty()) {
      throw new RuleViolationException("level", "下级人大仍在册，不能改变层级：" + String.join("、", children)
          + " / the level cannot change while congresses below it are registered: " + String.join(", ", children));
    }
    List<String> changed = next.changedFrom(details);
    if (!changed.isEmpty()) {
      details = next;
      events.record(new RegisterEvent.CongressUpdated(changed));
    }
  }

  /** The term running on {@code today} (本届), if any. */
  public Optional<Term> currentTerm(LocalDate today) {
    return details.terms().stream().filter(t -> t.contains(today)).findFirst();
  }

  /** The parent named must be in the register, one level up (a county's parent is a city congress). */
  private static void requireParent(Details entry, Congress parent) {
    String parentId = entry.parentCongressId();
    if (parentId == null) {
      return;
    }
    if (parent == null || !parent.congressId.equals(parentId)) {
      throw new RuleViolationException("parentCongressId", "名册中没有人大 " + parentId + " / no congress " + parentId
          + " in the register");
    }
    CongressLevel wanted = entry.level().parentLevel().orElseThrow();
    if (parent.details.level() != wanted) {
      throw new RuleViolationException("parentCongressId", "上级人大须为 " + wanted + "，" + parentId + " 为 "
          + parent.details.level() + " / the parent of a " + entry.level() + " congress must be a " + wanted
          + " congress; " + parentId + " is " + parent.details.level());
    }
  }

  public List<RegisterEvent> takeEvents() {
    return events.take();
  }

  public String congressId() {
    return congressId;
  }

  public Details details() {
    return details;
  }
}
