package io.lianxin.notification.domain;

/**
 * What a reader narrows the inbox to (站内信筛选).
 *
 * @param area the publishing service's area: {@code suggestion}, {@code voting}, {@code supervision}
 */
public record InboxFilter(boolean unreadOnly, String area, Priority priority, String subjectId) {
  public static final InboxFilter ALL = new InboxFilter(false, null, null, null);
  public static final InboxFilter UNREAD = new InboxFilter(true, null, null, null);
}
