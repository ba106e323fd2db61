package io.lianxin.notification.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.notification.domain.DirectoryCsv;
import io.lianxin.notification.domain.Person;
import io.lianxin.notification.persistence.DirectoryStore;
import java.util.List;
import org.springframework.stereotype.Service;

/** The congress's directory, managed by its admins; each admin sees only their own congress. */
@Service
public class DirectoryService {

  private final DirectoryStore store;

  public DirectoryService(DirectoryStore store) {
    this.store = store;
  }

  public Person save(CurrentUser admin, Person person) {
    requireAdmin(admin);
    store.save(person);
    return person;
  }

  public Person get(CurrentUser user, String personId) {
    if (!user.has(Role.ADMIN) && !user.subject().equals(personId)) {
      throw new ForbiddenException("admins, or the person themselves");
    }
    return store.find(user.congressId(), personId).orElseThrow(() -> new NotFoundException("person", personId));
  }

  public List<Person> list(CurrentUser admin, String role, String unitId, int page, int size) {
    requireAdmin(admin);
    return store.list(admin.congressId(), role, unitId, page, size);
  }

  /** The outcome of an import: how many people were saved, and the lines that were not. */
  public record ImportReport(int imported, List<DirectoryCsv.Rejected> rejected) {}

  public ImportReport importCsv(CurrentUser admin, String csv) {
    requireAdmin(admin);
    DirectoryCsv.Parsed parsed = DirectoryCsv.parse(admin.congressId(), csv);
    parsed.people().forEach(store::save);
    return new ImportReport(parsed.people().size(), parsed.rejected());
  }

  private static void requireAdmin(CurrentUser user) {
    if (!user.has(Role.ADMIN)) {
      throw new ForbiddenException("the directory is managed by the congress's admins");
    }
  }
}
