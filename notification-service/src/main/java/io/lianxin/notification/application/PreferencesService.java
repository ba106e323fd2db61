package io.lianxin.notification.application;

import io.lianxin.notification.application.port.DirectoryStore;
import io.lianxin.notification.application.port.PreferencesStore;
import io.lianxin.notification.domain.Person;
import io.lianxin.notification.domain.Preferences;
import org.springframework.stereotype.Service;

/** Preferences with their defaults: the directory's language, every area e-mailed, daily digest, no quiet hours. */
@Service
public class PreferencesService {

  private final PreferencesStore store;
  private final DirectoryStore directory;

  public PreferencesService(PreferencesStore store, DirectoryStore directory) {
    this.store = store;
    this.directory = directory;
  }

  public Preferences of(String congressId, String personId) {
    return store.find(congressId, personId).orElseGet(() -> Preferences.defaults(congressId, personId,
        directory.find(congressId, personId).map(Person::language).orElse(null)));
  }

  /** The same for a person already read from the directory (no second read for the defaults). */
  public Preferences of(Person person) {
    return store.find(person.congressId(), person.personId())
        .orElseGet(() -> Preferences.defaults(person.congressId(), person.personId(), person.language()));
  }

  /**
   * The language a change of preferences asks for, or — when it names none — the one the person
   * reads now (their earlier choice, else the directory's): leaving the language out changes nothing.
   */
  public String languageAfterChange(String congressId, String personId, String asked) {
    return asked != null ? asked : of(congressId, personId).language();
  }

  public Preferences save(Preferences preferences) {
    store.save(preferences);
    return preferences;
  }
}
