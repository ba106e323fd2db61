package io.lianxin.notification.domain;

import io.lianxin.chassis.domain.CurrentUser;
import java.util.List;

/**
 * Whose notifications (收件箱): the recipient keys someone receives under in one congress. A
 * notification is theirs when it is addressed to one of those keys in that congress.
 */
public record Inbox(String congressId, List<String> recipientKeys) {

  /** The congress's public feed: what routes send to {@code public:feed}. */
  public static final String PUBLIC_FEED = "public:feed";

  public Inbox {
    recipientKeys = List.copyOf(recipientKeys);
  }

  /** The caller's inbox, from their token. */
  public static Inbox of(CurrentUser user) {
    return new Inbox(user.congressId(), user.recipientKeys());
  }

  /** A person's inbox, from their directory entry (the digest run has no token). */
  public static Inbox of(Person person) {
    return new Inbox(person.congressId(),
        CurrentUser.recipientKeys(person.personId(), person.deputyId(), person.unitId(), person.roles()));
  }

  public static Inbox publicFeed(String congressId) {
    return new Inbox(congressId, List.of(PUBLIC_FEED));
  }

  public boolean holds(Notification notification) {
    return notification.congressId().equals(congressId) && recipientKeys.contains(notification.recipientKey());
  }
}
