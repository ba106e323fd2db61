package io.lianxin.notification.domain;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Role;

/**
 * Who may do what with a congress's directory (通讯录权限): its admins manage it; anyone may read
 * their own entry, and someone else's entry is, to them, as if it were not there (ADR 0005).
 */
public final class DirectoryAccess {

  private DirectoryAccess() {}

  /** Saving, listing and importing people. */
  public static boolean mayManage(CurrentUser user) {
    return user.has(Role.ADMIN);
  }

  /** Reading the entry of {@code personId}. */
  public static boolean maySee(CurrentUser user, String personId) {
    return user.has(Role.ADMIN) || user.subject().equals(personId);
  }
}
