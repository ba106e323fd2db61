package io.lianxin.notification.application.port;

import io.lianxin.notification.domain.Inbox;
import io.lianxin.notification.domain.InboxFilter;
import io.lianxin.notification.domain.Notification;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Notifications keyed by their deterministic id, and the inbox queries over them. */
public interface NotificationStore {

  /** Stores a notification; false when one with its id is stored already (a redelivered event). */
  boolean insertIfAbsent(Notification notification);

  Optional<Notification> find(String id);

  /** One page of an inbox, newest stored first. */
  List<Notification> newestFirst(Inbox inbox, InboxFilter filter, int page, int size);

  long count(Inbox inbox, InboxFilter filter);

  /** Marks one notification read if it is in {@code inbox}; false when it is not. */
  boolean markRead(Inbox inbox, String id, Instant at);

  /** Marks everything unread in {@code inbox} read; returns how many. */
  long markAllRead(Inbox inbox, Instant at);

  /**
   * The notifications of {@code inbox} stored after {@code last} (null: from the start), oldest
   * first: the live stream.
   */
  List<Notification> storedAfter(Inbox inbox, Notification last, int limit);
}
