package io.lianxin.notification.persistence;

import io.lianxin.notification.domain.Preferences;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Preferences, one document per person and congress. */
@Repository
public class PreferencesStore {

  static final String COLLECTION = "preferences";

  private final MongoTemplate mongo;

  public PreferencesStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public Optional<Preferences> find(String congressId, String personId) {
    return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(congressId + "|" + personId)),
        Preferences.class, COLLECTION));
  }

  public void save(Preferences preferences) {
    Document doc = new Document();
    mongo.getConverter().write(preferences, doc);
    doc.put("_id", preferences.congressId() + "|" + preferences.personId());
    doc.remove("_class");
    mongo.getCollection(COLLECTION).replaceOne(new Document("_id", doc.get("_id")), doc,
        new com.mongodb.client.model.ReplaceOptions().upsert(true));
  }
}
