package io.lianxin.chassis.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The authenticated caller (当前用户), from the JWT: subject, display name, roles, tenant
 * (congress) and, where the role has one, the deputy or unit id. Plain Java so that application
 * code can take it as an argument.
 */
public record CurrentUser(
    String subject, String name, Set<Role> roles, String congressId, String deputyId, String unitId) {

  public CurrentUser {
    roles = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean hasAny(Role... wanted) {
    for (Role role : wanted) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The addresses this user receives notifications under: as a person, as a deputy, as a unit
   * member, as holder of a role in the congress ({@code user:…}, {@code deputy:…}, {@code unit:…},
   * {@code role:…}).
   */
  public List<String> recipientKeys() {
    return recipientKeys(subject, deputyId, unitId, roles);
  }

  /** The same addresses for a person known by these ids and roles (e.g. from a directory). */
  public static List<String> recipientKeys(String subject, String deputyId, String unitId, Set<Role> roles) {
    List<String> keys = new ArrayList<>();
    keys.add("user:" + subject);
    if (deputyId != null) {
      keys.add("deputy:" + deputyId);
    }
    if (unitId != null) {
      keys.add("unit:" + unitId);
    }
    roles.forEach(role -> keys.add("role:" + role));
    return List.copyOf(keys);
  }
}
