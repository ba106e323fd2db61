package io.lianxin.notification.domain;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A digest (摘要): one e-mail to one person with their low-priority notifications of one period, of
 * the areas they have e-mailed, grouped by the item they are about, oldest first.
 *
 * @param id person and period: a digest goes once
 * @param bySubject the items by subject id, subjects in the order their first item came
 */
public record Digest(String id, String address, String language, DigestPeriod period,
    Map<String, List<Notification>> bySubject) {

  /** How long a sender holds a digest it claimed; after that, a sender that died is replaced. */
  public static final Duration CLAIM_LEASE = Duration.ofMinutes(10);

  private static final Comparator<Notification> OLDEST_FIRST =
      Comparator.comparing((Notification n) -> n.storedAt()).thenComparing(Notification::id);

  /**
   * The digest of {@code period} for {@code person}, from their inbox; empty when nothing in it
   * belongs in one.
   */
  public static Optional<Digest> of(Person person, Preferences chosen, DigestPeriod period,
      List<Notification> inbox, ZoneId zone) {
    return of(person, chosen, period, inbox, Set.of(), zone);
  }

  /**
   * The same, with the notifications whose e-mail the hourly cap deferred ({@code deferred}, by
   * notification id): they go in this digest whatever their priority and day.
   */
  public static Optional<Digest> of(Person person, Preferences chosen, DigestPeriod period,
      List<Notification> inbox, Set<String> deferred, ZoneId zone) {
    // Someone who chose no digest of this kind is here only for their deferred mail: their LOW items
    // were mailed one by one already.
    boolean theirDigest = period.isFor(chosen);
    List<Notification> items = inbox.stream()
        .filter(n -> deferred.contains(n.id()) || theirDigest
            && n.priority() == Priority.LOW && period.covers(n.storedAt(), zone) && chosen.emails(n.eventType()))
        .sorted(OLDEST_FIRST)
        .toList();
    if (items.isEmpty()) {
      return Optional.empty();
    }
    Map<String, List<Notification>> bySubject = new LinkedHashMap<>();
    items.forEach(n -> bySubject.computeIfAbsent(n.subjectId(), s -> new ArrayList<>()).add(n));
    return Optional.of(new Digest(period.idFor(person), person.email(), chosen.language(), period, bySubject));
  }

  /** Whether the notification {@code notificationId} is in it. */
  public boolean holds(String notificationId) {
    return bySubject.values().stream().flatMap(List::stream).anyMatch(n -> n.id().equals(notificationId));
  }

  /** How many notifications it holds. */
  public int size() {
    return bySubject.values().stream().mapToInt(List::size).sum();
  }
}
