package io.lianxin.deputy.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.deputy.application.port.ContactStore;
import io.lianxin.deputy.application.port.DeputyStore;
import io.lianxin.deputy.domain.Contact;
import io.lianxin.deputy.domain.ContactKind;
import io.lianxin.deputy.domain.ContactTally;
import io.lianxin.deputy.domain.Deputy;
import io.lianxin.deputy.domain.DeputyStatus;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The two links (双联系): contacts of members of the standing committee with deputies and of deputies with
 * voters, logged by the person (their own) or the office; each person's yearly count against the congress's
 * minimum for the kind, and the list of those below it for the office.
 */
@Service
public class Contacts {

  /** The most contacts listed for one person and year. */
  public static final int MAX_PER_PERSON = 5_000;

  private final ContactStore contacts;
  private final DeputyStore deputies;
  private final ContactTally tally;
  private final Clock clock;
  private final ZoneId zone;

  public Contacts(ContactStore contacts, DeputyStore deputies, ContactTally tally, Clock clock, ZoneId zone) {
    this.contacts = contacts;
    this.deputies = deputies;
    this.tally = tally;
    this.clock = clock;
    this.zone = zone;
  }

  /** Logs a contact once: the same contact again changes nothing; other details under the same id are 409. */
  public Contact log(CurrentUser caller, String contactId, Contact.Details details) {
    Callers.requireOwnOrOffice(caller, details.personId());
    Optional<Contact> existing = contacts.find(caller.congressId(), contactId);
    if (existing.isPresent()) {
      if (!existing.get().details().equals(details)) {
        throw new IllegalTransitionException("change contact " + contactId + " once logged", "LOGGED");
      }
      return existing.get();
    }
    Optional<Deputy> person = deputies.find(caller.congressId(), details.personId()).map(l -> l.item());
    boolean personActive = person.map(d -> d.status() == DeputyStatus.ACTIVE).orElse(false);
    boolean onCommittee = person.map(d -> d.details().standingCommitteeRole() != null).orElse(false);
    boolean counterpartActive = details.counterpartDeputyId() != null
        && !deputies.activeAmong(caller.congressId(), Set.of(details.counterpartDeputyId())).isEmpty();
    Contact contact = Contact.log(caller.congressId(), contactId, details,
        new Contact.People(personActive, onCommittee, counterpartActive), Callers.today(clock, zone));
    return contacts.insert(contact, caller);
  }

  /** One contact: the person who made it sees it, and the office. */
  public Contact contact(CurrentUser caller, String contactId) {
    Contact contact = contacts.find(caller.congressId(), contactId)
        .orElseThrow(() -> new NotFoundException("contact", contactId));
    Callers.requireOwnOrOffice(caller, contact.details().personId());
    return contact;
  }

  /** The contacts a person made in a year (the current one if not given): their own, or the office's view. */
  public List<Contact> ofPerson(CurrentUser caller, String deputyId, Integer year) {
    Callers.requireOwnOrOffice(caller, deputyId);
    deputies.find(caller.congressId(), deputyId).orElseThrow(() -> new NotFoundException("deputy", deputyId));
    return contacts.ofPerson(caller.congressId(), deputyId, Callers.yearOr(year, clock, zone), MAX_PER_PERSON);
  }

  /**
   * Each person bound to the kind in the year (the current one if not given) with their count, fewest first:
   * for a member's contacts with deputies those on the standing committee, for contacts with voters every deputy
   * who served in the year (no kind: both, members' first); {@code belowOnly}: only those below the minimum.
   */
  public List<ContactTally.Count> counts(CurrentUser caller, ContactKind kind, Integer year, boolean belowOnly) {
    int y = Callers.yearOr(year, clock, zone);
    List<Deputy> served = deputies.list(caller.congressId(), null, 0, DeputyRecords.MAX_DEPUTIES_RANKED).stream()
        .filter(d -> d.servedIn(y)).toList();
    List<ContactTally.Count> counts = new ArrayList<>();
    for (ContactKind k : kind == null ? List.of(ContactKind.values()) : List.of(kind)) {
      List<String> bound = served.stream()
          .filter(d -> k == ContactKind.DEPUTY_WITH_VOTERS || d.details().standingCommitteeRole() != null)
          .map(Deputy::deputyId).toList();
      Map<String, Long> counted = contacts.countsByPerson(caller.congressId(), k, y);
      tally.count(k, y, bound, counted).stream().filter(c -> !belowOnly || c.belowMinimum()).forEach(counts::add);
    }
    return counts;
  }
}
