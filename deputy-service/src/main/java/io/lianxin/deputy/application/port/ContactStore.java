package io.lianxin.deputy.application.port;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.deputy.domain.Contact;
import io.lianxin.deputy.domain.ContactKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Contacts of the two links (双联系), each one write with its event (the outbox). */
public interface ContactStore {

  Optional<Contact> find(String congressId, String contactId);

  /** Inserts; a contact of the same id written meanwhile fails on the key (409). */
  Contact insert(Contact contact, CurrentUser actor);

  /** The contacts a person made in a year, by date and id; at most {@code limit}. */
  List<Contact> ofPerson(String congressId, String personId, int year, int limit);

  /** How many contacts of a kind each person of a congress made in a year (people with none absent). */
  Map<String, Long> countsByPerson(String congressId, ContactKind kind, int year);
}
