package io.lianxin.notification.persistence;

import io.lianxin.notification.application.port.DirectoryStore;
import io.lianxin.notification.domain.Person;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The directory in {@code people}: one document per person and congress ({@code _id = congressId|personId}). */
@Repository
public class MongoDirectoryStore implements DirectoryStore {

  static final String COLLECTION = "people";

  private final MongoTemplate mongo;
  private final KeyedDocuments<Person> documents;

  public MongoDirectoryStore(MongoTemplate mongo) {
    this.mongo = mongo;
    this.documents = new KeyedDocuments<>(mongo, Person.class, COLLECTION);
    // who a recipient key names (by deputy, unit, role or person, always within a congress); the digest's people
    mongo.indexOps(COLLECTION).createIndex(new Index().on("congressId", Sort.Direction.ASC)
        .on("deputyId", Sort.Direction.ASC));
    mongo.indexOps(COLLECTION).createIndex(new Index().on("active", Sort.Direction.ASC).on("email", Sort.Direction.ASC));
  }

  @Override
  public void save(Person person) {
    documents.save(person.congressId(), person.personId(), person);
  }

  @Override
  public Optional<Person> find(String congressId, String personId) {
    return documents.find(congressId, personId);
  }

  @Override
  public List<Person> resolve(String congressId, String recipientKey) {
    int colon = recipientKey.indexOf(':');
    String kind = recipientKey.substring(0, colon);
    String value = recipientKey.substring(colon + 1);
    String field = switch (kind) {
      case "deputy" -> "deputyId";
      case "unit" -> "unitId";
      case "role" -> "roles";
      case "user" -> "personId";
      default -> null;
    };
    if (field == null) {
      return List.of();
    }
    return mongo.find(Query.query(Criteria.where("congressId").is(congressId).and(field).is(value).and("active").is(true)),
        Person.class, COLLECTION);
  }

  @Override
  public List<Person> withDeputyId(String congressId, String deputyId) {
    return mongo.find(Query.query(Criteria.where("congressId").is(congressId).and("deputyId").is(deputyId)),
        Person.class, COLLECTION);
  }

  @Override
  public List<Person> withEmail() {
    return mongo.find(Query.query(Criteria.where("active").is(true).and("email").ne(null)), Person.class, COLLECTION);
  }

  @Override
  public List<Person> list(String congressId, Filter filter, int page, int size) {
    return mongo.find(Query.query(selecting(congressId, filter)).with(Sort.by("personId")).skip((long) page * size)
        .limit(size), Person.class, COLLECTION);
  }

  @Override
  public long count(String congressId, Filter filter) {
    return mongo.count(Query.query(selecting(congressId, filter)), COLLECTION);
  }

  private static Criteria selecting(String congressId, Filter filter) {
    Criteria c = Criteria.where("congressId").is(congressId);
    if (filter.role() != null) {
      c = c.and("roles").is(filter.role().name());
    }
    if (filter.unitId() != null) {
      c = c.and("unitId").is(filter.unitId());
    }
    return c;
  }
}
