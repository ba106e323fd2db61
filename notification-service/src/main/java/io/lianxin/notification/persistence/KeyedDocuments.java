package io.lianxin.notification.persistence;

import com.mongodb.client.model.ReplaceOptions;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Documents of one per person and congress, {@code _id = congressId|personId}, written whole. */
final class KeyedDocuments<T> {

  private final MongoTemplate mongo;
  private final Class<T> type;
  private final String collection;

  KeyedDocuments(MongoTemplate mongo, Class<T> type, String collection) {
    this.mongo = mongo;
    this.type = type;
    this.collection = collection;
  }

  static String id(String congressId, String personId) {
    return congressId + "|" + personId;
  }

  Optional<T> find(String congressId, String personId) {
    return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(id(congressId, personId))), type,
        collection));
  }

  /** Creates or replaces it (one write). */
  void save(String congressId, String personId, T value) {
    Document doc = new Document();
    mongo.getConverter().write(value, doc);
    doc.put("_id", id(congressId, personId));
    doc.remove("_class");
    mongo.getCollection(collection).replaceOne(new Document("_id", doc.get("_id")), doc,
        new ReplaceOptions().upsert(true));
  }
}
