package io.lianxin.notification.domain;

import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the directory's CSV import (通讯录导入): a header line, then one person per line —
 * {@code personId,name,roles,deputyId,unitId,workingBody,email,mobile,webhookUrl,language}, roles
 * separated by {@code ;}. Fields may be quoted (RFC 4180). Webhook secrets are not imported (they do
 * not belong in a spreadsheet) and a webhook needs one, so a row with a {@code webhookUrl} is
 * rejected: leave the column empty and set webhooks through the API (URL and secret together).
 *
 * <p>A line for someone already in the directory changes only the fields its cells give: an empty
 * cell keeps what is there, roles are added to the person's roles and never removed (a file of
 * deputies must not strip an admin of ADMIN), and the webhook and the active flag are the API's. A
 * line that would leave a person invalid is rejected with its line number and reason, and does not
 * stop the others.
 */
public final class DirectoryCsv {

  public static final List<String> COLUMNS = List.of("personId", "name", "roles", "deputyId", "unitId", "workingBody",
      "email", "mobile", "webhookUrl", "language");

  /** A line that was not imported, and why. */
  public record Rejected(int line, String field, String reason) {}

  /** One line's cells; null where the cell is empty. */
  public record Line(int number, String personId, String name, Set<Role> roles, String deputyId, String unitId,
      String workingBody, String email, String mobile, String webhookUrl, String language) {

    /** The person this line makes of {@code existing} (null: someone new to the directory). */
    public Person applyTo(String congressId, Person existing) {
      if (webhookUrl != null) {
        throw new RuleViolationException("webhookUrl", "webhooks are set through the API, with their secret");
      }
      if (existing == null) {
        return Person.builder(congressId, personId).name(name).roles(roles).deputyId(deputyId).unitId(unitId)
            .workingBody(workingBody).email(email).mobile(mobile).language(language).build();
      }
      Set<Role> merged = EnumSet.noneOf(Role.class);
      merged.addAll(existing.roles());
      merged.addAll(roles);
      return existing.toBuilder().name(or(name, existing.name())).roles(merged)
          .deputyId(or(deputyId, existing.deputyId())).unitId(or(unitId, existing.unitId()))
          .workingBody(or(workingBody, existing.workingBody())).email(or(email, existing.email()))
          .mobile(or(mobile, existing.mobile())).language(or(language, existing.language())).build();
    }

    /**
     * Checks the line against the copy of the register (名录), which owns who the deputies are: when the
     * congress keeps its register in deputy-service ({@code registerInUse}), a line's deputy must be in it,
     * and a name the line gives must be the register's — a deputy is renamed there, not in the directory.
     * The directory's import is for what the register does not hold: channels, language, and the people
     * who are not deputies (staff, handlers of units, leaders' offices).
     *
     * @param deputyId the deputy the line is about: its own {@code deputyId}, else the one the person already is
     *     in the directory (null: not a deputy)
     * @param registered the register's entry of that deputy, null if none
     */
    public void checkAgainstRegister(boolean registerInUse, String deputyId, RegisterName registered) {
      if (deputyId == null || !registerInUse) {
        return;
      }
      if (registered == null) {
        throw new RuleViolationException("deputyId", "deputy " + deputyId + " is not in the register (deputy-service)");
      }
      if (name != null && !name.equals(registered.name())) {
        throw new RuleViolationException("name",
            "the register names deputy " + deputyId + " '" + registered.name() + "': rename in deputy-service");
      }
    }

    private static String or(String given, String kept) {
      return given != null ? given : kept;
    }
  }

  /** What a file yields: the lines that read, and those that did not. */
  public record Parsed(List<Line> lines, List<Rejected> rejected) {}

  private DirectoryCsv() {}

  public static Parsed parse(String csv) {
    List<Line> people = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    String[] lines = text.split("\r?\n", -1);
    if (lines.length == 0 || !split(lines[0]).equals(COLUMNS)) {
      throw new RuleViolationException("header", "the first line must be " + String.join(",", COLUMNS));
    }
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        List<String> f = split(lines[i]);
        if (f.size() != COLUMNS.size()) {
          throw new RuleViolationException("line", "expected " + COLUMNS.size() + " fields, found " + f.size());
        }
        people.add(new Line(i + 1, f.get(0), blank(f.get(1)), roles(f.get(2)), blank(f.get(3)), blank(f.get(4)),
            blank(f.get(5)), blank(f.get(6)), blank(f.get(7)), blank(f.get(8)), blank(f.get(9))));
      } catch (RuleViolationException e) {
        rejected.add(new Rejected(i + 1, e.field(), e.getMessage()));
      }
    }
    return new Parsed(people, rejected);
  }

  static Set<Role> roles(String field) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String role : field.split(";")) {
      if (!role.isBlank()) {
        try {
          roles.add(Role.valueOf(role.strip()));
        } catch (IllegalArgumentException e) {
          throw new RuleViolationException("roles", "unknown role " + role.strip());
        }
      }
    }
    return roles;
  }

  /** Splits one CSV line, honouring quotes and doubled quotes inside them. */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString().strip());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString().strip());
    return fields;
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
