package io.lianxin.deputy.domain;

import io.lianxin.chassis.domain.RuleViolationException;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The yearly count of contacts of the two links (双联系) per person against the congress's minimum for the kind
 * (年度最低联系次数): who is bound (members of the standing committee for their contacts with deputies, every
 * serving deputy for contacts with voters), how many contacts each made, and who is below.
 */
public final class ContactTally {

  /** One person's count of a kind in a year. */
  public record Count(String personId, ContactKind kind, int year, long contacts, int minimum) {
    /** Below the year's minimum (未达年度最低联系次数). */
    public boolean belowMinimum() {
      return contacts < minimum;
    }
  }

  /** Fewest contacts first, equal counts by id: those furthest below come first. */
  public static final Comparator<Count> FEWEST_FIRST = Comparator.comparingLong(Count::contacts)
      .thenComparing(Count::personId);

  private final Map<ContactKind, Integer> minimumPerYear;

  private ContactTally(Map<ContactKind, Integer> minimumPerYear) {
    this.minimumPerYear = minimumPerYear;
  }

  /** A minimum for every kind, none negative. */
  public static ContactTally of(Map<ContactKind, Integer> minimumPerYear) {
    EnumMap<ContactKind, Integer> minimums = new EnumMap<>(ContactKind.class);
    for (ContactKind kind : ContactKind.values()) {
      Integer m = minimumPerYear.get(kind);
      if (m == null || m < 0) {
        throw new RuleViolationException("minimumPerYear", "the yearly minimum of " + kind + " must be given and not negative");
      }
      minimums.put(kind, m);
    }
    return new ContactTally(minimums);
  }

  public int minimumFor(ContactKind kind) {
    return minimumPerYear.get(kind);
  }

  /**
   * Each person bound to the kind with their count in the year (none counted: 0), fewest first.
   *
   * @param bound the people the minimum applies to
   * @param counted contacts per person in the year (people not bound are left out)
   */
  public List<Count> count(ContactKind kind, int year, Collection<String> bound, Map<String, Long> counted) {
    return bound.stream().distinct()
        .map(p -> new Count(p, kind, year, counted.getOrDefault(p, 0L), minimumFor(kind)))
        .sorted(FEWEST_FIRST).toList();
  }
}
