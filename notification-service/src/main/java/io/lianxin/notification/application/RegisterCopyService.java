package io.lianxin.notification.application;

import io.lianxin.notification.application.port.DirectoryStore;
import io.lianxin.notification.application.port.RegisterNameStore;
import io.lianxin.notification.domain.Person;
import io.lianxin.notification.domain.RegisterName;
import io.lianxin.notification.domain.RegisterNames;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps the copy of deputy-service's register (名录副本): the names texts show, and for a deputy the
 * directory's entry (name, role, deputy id — never the channels or preferences the directory owns).
 * Register events of one deputy or unit come in order on their partition; one that is not later
 * than what the copy knows (a redelivery, an older event) changes nothing.
 */
@Service
public class RegisterCopyService {

  private static final Logger log = LoggerFactory.getLogger(RegisterCopyService.class);

  private final RegisterNameStore names;
  private final DirectoryStore directory;

  public RegisterCopyService(RegisterNameStore names, DirectoryStore directory) {
    this.names = names;
    this.directory = directory;
  }

  /** Takes a register event's entry; false when it changed nothing (not later than the known one). */
  public boolean apply(RegisterName entry) {
    RegisterName known = names.find(entry.congressId(), entry.kind(), entry.id()).orElse(null);
    if (!entry.supersedes(known)) {
      log.debug("register {} {} at {}: not after {}, ignored", entry.kind(), entry.id(), entry.sequence(),
          known.sequence());
      return false;
    }
    // the directory first, the name (the sequence guard) last: a failed directory write is retried
    // with the event, and finds the guard not yet moved
    if (entry.kind() == RegisterName.Kind.DEPUTY) {
      List<Person> people = directory.withDeputyId(entry.congressId(), entry.id());
      if (people.isEmpty()) {
        directory.save(Person.deputyFromRegister(null, entry.congressId(), entry.id(), entry.name(), entry.left()));
      }
      people.forEach(p -> directory.save(Person.deputyFromRegister(p, entry.congressId(), entry.id(), entry.name(),
          entry.left())));
    }
    names.save(entry);
    return true;
  }

  /** Whether this service knows the congress: someone of it in the directory, or in the copy of the register. */
  public boolean knows(String congressId) {
    return names.anyOf(congressId) || directory.count(congressId, new DirectoryStore.Filter(null, null)) > 0;
  }

  /** The names the copy knows in a congress, for the texts of its notifications. */
  public RegisterNames.Lookup names(String congressId) {
    return (kind, id) -> names.find(congressId, kind, id).map(RegisterName::name);
  }
}
