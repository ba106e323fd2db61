package io.lianxin.notification.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names instead of ids in texts (名称显示): a field of an event's data that holds a deputy's id
 * ({@code deputyId}, {@code …DeputyId}, {@code …DeputyIds}) or a unit's ({@code unitId},
 * {@code …UnitId}, {@code …UnitIds}) is written by the name the copy of the register knows, and
 * by the id itself when the copy does not know it.
 */
public final class RegisterNames {

  /** The names the copy of the register knows, in one congress. */
  public interface Lookup {
    Optional<String> nameOf(RegisterName.Kind kind, String id);

    /** Knows no names: every id is written as it is. */
    Lookup NONE = (kind, id) -> Optional.empty();
  }

  private RegisterNames() {}

  /** The kind of id a data field holds, or empty for a field that holds no register id. */
  public static Optional<RegisterName.Kind> kindOf(String field) {
    if (field.equals("deputyId") || field.endsWith("DeputyId") || field.endsWith("DeputyIds")) {
      return Optional.of(RegisterName.Kind.DEPUTY);
    }
    if (field.equals("unitId") || field.endsWith("UnitId") || field.endsWith("UnitIds")) {
      return Optional.of(RegisterName.Kind.UNIT);
    }
    return Optional.empty();
  }

  /** {@code data} with the register ids in it replaced by names where {@code names} knows them. */
  public static Map<String, Object> named(Map<String, Object> data, Lookup names) {
    Map<String, Object> named = new LinkedHashMap<>(data);
    data.forEach((field, value) -> kindOf(field).ifPresent(kind -> named.put(field, named(kind, value, names))));
    return named;
  }

  private static Object named(RegisterName.Kind kind, Object value, Lookup names) {
    if (value instanceof Collection<?> many) {
      List<Object> each = new ArrayList<>();
      many.forEach(v -> each.add(named(kind, v, names)));
      return each;
    }
    if (value == null || value.toString().isBlank()) {
      return value;
    }
    return names.nameOf(kind, value.toString()).orElse(value.toString());
  }
}
