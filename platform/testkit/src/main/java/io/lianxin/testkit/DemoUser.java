package io.lianxin.testkit;

import java.util.List;

/**
 * A user the development token issuer can sign tokens for. Claims follow ARCHITECTURE.md §5:
 * sub, name, roles, congress_id, deputy_id, unit_id.
 */
public record DemoUser(
    String username, String name, List<String> roles, String congressId, String deputyId, String unitId) {

  public static DemoUser deputy(String username, String name, String congressId, String deputyId) {
    return new DemoUser(username, name, List.of("DEPUTY"), congressId, deputyId, null);
  }

  public static DemoUser of(String username, String name, String role, String congressId, String unitId) {
    return new DemoUser(username, name, List.of(role), congressId, null, unitId);
  }
}
