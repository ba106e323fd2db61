package io.lianxin.notification.persistence;

import io.lianxin.notification.domain.Person;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The directory: one document per person and congress ({@code _id = congressId|personId}). */
@Repository
public class DirectoryStore {

  static final String COLLECTION = "people";

  private final MongoTemplate mongo;

  public DirectoryStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Creates or replaces a person (one write). */
  public void save(Person person) {
    Document doc = new Document();
    mongo.getConverter().write(person, doc);
    doc.put("_id", person.congressId() + "|" + person.personId());
    doc.remove("_class");
    mongo.getCollection(COLLECTION).replaceOne(new Document("_id", doc.get("_id")), doc,
        new com.mongodb.client.model.ReplaceOptions().upsert(true));
  }

  public Optional<Person> find(String congressId, String personId) {
    return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(congressId + "|" + personId)),
        Person.class, COLLECTION));
  }

  /**
   * The active people a recipient key stands for in a congress: {@code deputy:<id>},
   * {@code unit:<id>}, {@code role:<ROLE>}, {@code user:<personId>}.
   */
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

  /** Every active person with an e-mail address (the digest run). */
  public List<Person> withEmail() {
    return mongo.find(Query.query(Criteria.where("active").is(true).and("email").ne(null)), Person.class, COLLECTION);
  }

  public List<Person> list(String congressId, String role, String unitId, int page, int size) {
    Criteria c = Criteria.where("congressId").is(congressId);
    if (role != null) {
      c = c.and("roles").is(role);
    }
    if (unitId != null) {
      c = c.and("unitId").is(unitId);
    }
    return mongo.find(Query.query(c).with(org.springframework.data.domain.Sort.by("personId"))
        .skip((long) page * size).limit(size), Person.class, COLLECTION);
  }
}
