package io.lianxin.notification.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.notification.application.port.DirectoryStore;
import io.lianxin.notification.application.port.RegisterNameStore;
import io.lianxin.notification.domain.DirectoryAccess;
import io.lianxin.notification.domain.DirectoryCsv;
import io.lianxin.notification.domain.Person;
import io.lianxin.notification.domain.RegisterName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/** The congress's directory, managed by its admins; each admin sees only their own congress. */
@Service
public class DirectoryService {

  private final DirectoryStore store;
  private final RegisterNameStore register;

  public DirectoryService(DirectoryStore store, RegisterNameStore register) {
    this.store = store;
    this.register = register;
  }

  public Person save(CurrentUser admin, Person person) {
    requireAdmin(admin);
    store.save(person);
    return person;
  }

  public Person get(CurrentUser user, String personId) {
    if (!DirectoryAccess.maySee(user, personId)) {
      throw new NotFoundException("person", personId);
    }
    return store.find(user.congressId(), personId).orElseThrow(() -> new NotFoundException("person", personId));
  }

  public Page<Person> list(CurrentUser admin, DirectoryStore.Filter filter, int page, int size) {
    requireAdmin(admin);
    return new Page<>(store.list(admin.congressId(), filter, page, size), store.count(admin.congressId(), filter),
        page, size);
  }

  /** The outcome of an import: how many people were saved ({@code imported} = created + updated), and the lines that were not. */
  public record ImportReport(int imported, int created, int updated, List<DirectoryCsv.Rejected> rejected) {}

  /**
   * Each line creates a person or updates the fields it gives (see {@link DirectoryCsv}); a deputy's line
   * must agree with the copy of the register ({@link DirectoryCsv.Line#checkAgainstRegister}).
   */
  public ImportReport importCsv(CurrentUser admin, String csv) {
    requireAdmin(admin);
    DirectoryCsv.Parsed parsed = DirectoryCsv.parse(csv);
    List<DirectoryCsv.Rejected> rejected = new ArrayList<>(parsed.rejected());
    int created = 0;
    int updated = 0;
    boolean registerInUse = register.anyOf(admin.congressId(), RegisterName.Kind.DEPUTY);
    for (DirectoryCsv.Line line : parsed.lines()) {
      try {
        Person existing = line.personId() == null ? null : store.find(admin.congressId(), line.personId()).orElse(null);
        // the deputy the line names, or the one the person already is: a line without the id renames them too
        String deputyId = line.deputyId() != null ? line.deputyId() : existing == null ? null : existing.deputyId();
        line.checkAgainstRegister(registerInUse, deputyId, deputyId == null ? null
            : register.find(admin.congressId(), RegisterName.Kind.DEPUTY, deputyId).orElse(null));
        store.save(line.applyTo(admin.congressId(), existing));
        if (existing == null) {
          created++;
        } else {
          updated++;
        }
      } catch (RuleViolationException e) {
        rejected.add(new DirectoryCsv.Rejected(line.number(), e.field(), e.getMessage()));
      }
    }
    rejected.sort(Comparator.comparingInt(DirectoryCsv.Rejected::line));
    return new ImportReport(created + updated, created, updated, rejected);
  }

  private static void requireAdmin(CurrentUser user) {
    if (!DirectoryAccess.mayManage(user)) {
      throw new ForbiddenException("the directory is managed by the congress's admins");
    }
  }
}
