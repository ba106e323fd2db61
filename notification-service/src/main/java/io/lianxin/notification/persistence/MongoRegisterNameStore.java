package io.lianxin.notification.persistence;

import io.lianxin.notification.application.port.RegisterNameStore;
import io.lianxin.notification.domain.RegisterName;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The register's names in {@code register_names}: {@code _id = congressId|KIND:id}. */
@Repository
public class MongoRegisterNameStore implements RegisterNameStore {

  static final String COLLECTION = "register_names";

  private final MongoTemplate mongo;
  private final KeyedDocuments<RegisterName> documents;

  public MongoRegisterNameStore(MongoTemplate mongo) {
    this.mongo = mongo;
    this.documents = new KeyedDocuments<>(mongo, RegisterName.class, COLLECTION);
    // whether the copy is in use for a congress (any entry, any deputy)
    mongo.indexOps(COLLECTION).createIndex(new Index().on("congressId", Sort.Direction.ASC).on("kind", Sort.Direction.ASC));
  }

  @Override
  public Optional<RegisterName> find(String congressId, RegisterName.Kind kind, String id) {
    return documents.find(congressId, key(kind, id));
  }

  @Override
  public boolean anyOf(String congressId) {
    return mongo.exists(Query.query(Criteria.where("congressId").is(congressId)), COLLECTION);
  }

  @Override
  public boolean anyOf(String congressId, RegisterName.Kind kind) {
    return mongo.exists(Query.query(Criteria.where("congressId").is(congressId).and("kind").is(kind.name())), COLLECTION);
  }

  @Override
  public void save(RegisterName entry) {
    documents.save(entry.congressId(), key(entry.kind(), entry.id()), entry);
  }

  private static String key(RegisterName.Kind kind, String id) {
    return kind.name() + ":" + id;
  }
}
