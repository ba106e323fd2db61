package io.lianxin.deputy.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.deputy.domain.DeputyDetails;
import io.lianxin.deputy.domain.HandlingUnit;
import io.lianxin.deputy.domain.RegisterCsv;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * The register's imports (名册导入): each line is one entry written as {@code PUT} writes it, all or
 * nothing per line (one write each); a line for an entry already there updates it (one updated
 * event), an identical line changes nothing (no event), and a line that breaks a rule is reported
 * with its number and reason while the others are still written.
 */
@Service
public class RegisterImport {

  /** One line that read: its number in the file, the entry's id and what the entry says. */
  public record Line<T>(int line, String id, T entry) {}

  /** What an import did: {@code imported} = created + updated + unchanged; the rejected lines by number. */
  public record Report(int imported, int created, int updated, int unchanged, List<RegisterCsv.Rejected> rejected) {}

  private final Register register;

  public RegisterImport(Register register) {
    this.register = register;
  }

  /** Deputies, line by line; {@code unread} are the lines already refused while reading the file. */
  public Report importDeputies(CurrentUser staff, List<Line<DeputyDetails>> lines, List<RegisterCsv.Rejected> unread) {
    return run(lines, unread, line -> register.enterDeputy(staff, line.id(), line.entry()).outcome());
  }

  /** Units, line by line: a superior must be on an earlier line or already in the register. */
  public Report importUnits(CurrentUser staff, List<Line<HandlingUnit.Details>> lines, List<RegisterCsv.Rejected> unread) {
    return run(lines, unread, line -> register.enterUnit(staff, line.id(), line.entry()).outcome());
  }

  private static <T> Report run(List<Line<T>> lines, List<RegisterCsv.Rejected> unread,
      Function<Line<T>, Register.Outcome> write) {
    List<RegisterCsv.Rejected> rejected = new ArrayList<>(unread);
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (Line<T> line : lines) {
      try {
        switch (write.apply(line)) {
          case CREATED -> created++;
          case UPDATED -> updated++;
          case UNCHANGED -> unchanged++;
        }
      } catch (RuleViolationException e) {
        rejected.add(new RegisterCsv.Rejected(line.line(), e.field(), e.getMessage()));
      } catch (IllegalTransitionException e) {
        rejected.add(new RegisterCsv.Rejected(line.line(), "status",
            "条目已关闭（" + e.currentState() + "） / the entry is closed (" + e.currentState() + ")"));
      }
    }
    rejected.sort(Comparator.comparingInt(RegisterCsv.Rejected::line));
    return new Report(created + updated + unchanged, created, updated, unchanged, rejected);
  }
}
