package io.lianxin.notification.application.port;

import io.lianxin.chassis.domain.Role;
import io.lianxin.notification.domain.Person;
import java.util.List;
import java.util.Optional;

/** The directory: one entry per person and congress. */
public interface DirectoryStore {

  /** Which people an admin lists: all, or those with a role, or of a unit (null: any). */
  record Filter(Role role, String unitId) {}

  /** Creates or replaces a person (one write). */
  void save(Person person);

  Optional<Person> find(String congressId, String personId);

  /**
   * The active people a recipient key stands for in a congress: {@code deputy:<id>},
   * {@code unit:<id>}, {@code role:<ROLE>}, {@code user:<personId>}; nobody for other keys.
   */
  List<Person> resolve(String congressId, String recipientKey);

  /** Everyone of a congress with the deputy id, active or not. */
  List<Person> withDeputyId(String congressId, String deputyId);

  /** Every active person with an e-mail address (the digest run). */
  List<Person> withEmail();

  /** One page of a congress's people, by person id. */
  List<Person> list(String congressId, Filter filter, int page, int size);

  /** How many people of a congress the filter selects (counted in the store). */
  long count(String congressId, Filter filter);
}
