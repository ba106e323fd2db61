package io.lianxin.notification.persistence;

import io.lianxin.notification.application.port.PreferencesStore;
import io.lianxin.notification.domain.Preferences;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Preferences in {@code preferences}, one document per person and congress. */
@Repository
public class MongoPreferencesStore implements PreferencesStore {

  static final String COLLECTION = "preferences";

  private final KeyedDocuments<Preferences> documents;

  public MongoPreferencesStore(MongoTemplate mongo) {
    this.documents = new KeyedDocuments<>(mongo, Preferences.class, COLLECTION);
  }

  @Override
  public Optional<Preferences> find(String congressId, String personId) {
    return documents.find(congressId, personId);
  }

  @Override
  public void save(Preferences preferences) {
    documents.save(preferences.congressId(), preferences.personId(), preferences);
  }
}
