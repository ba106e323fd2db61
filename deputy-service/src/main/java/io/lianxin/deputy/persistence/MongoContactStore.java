package io.lianxin.deputy.persistence;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.deputy.application.port.ContactStore;
import io.lianxin.deputy.domain.Contact;
import io.lianxin.deputy.domain.ContactKind;
import io.lianxin.deputy.messaging.WorkEventMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Contacts of the two links in MongoDB, counted per person by a group on (congressId, year, kind, personId). */
@Repository
public class MongoContactStore implements ContactStore {

  private final MongoTemplate mongo;
  private final LocalAggregates writes;

  public MongoContactStore(MongoTemplate mongo, LocalAggregates writes) {
    this.mongo = mongo;
    this.writes = writes;
    mongo.indexOps(ContactDocument.COLLECTION).createIndex(new Index().on("congressId", Sort.Direction.ASC)
        .on("year", Sort.Direction.ASC).on("kind", Sort.Direction.ASC).on("personId", Sort.Direction.ASC));
  }

  @Override
  public Optional<Contact> find(String congressId, String contactId) {
    return Optional.ofNullable(mongo.findById(DeputyDocument.idOf(congressId, contactId), ContactDocument.class))
        .map(ContactDocument::toContact);
  }

  @Override
  public Contact insert(Contact contact, CurrentUser actor) {
    writes.write(ContactDocument.of(contact), WorkEventMapper.forContact(contact, contact.takeEvents(), actor));
    return contact;
  }

  @Override
  public List<Contact> ofPerson(String congressId, String personId, int year, int limit) {
    return mongo.find(Query.query(Criteria.where("congressId").is(congressId).and("year").is(year)
            .and("personId").is(personId)).with(Sort.by("on", "contactId")).limit(limit), ContactDocument.class)
        .stream().map(ContactDocument::toContact).toList();
  }

  @Override
  public Map<String, Long> countsByPerson(String congressId, ContactKind kind, int year) {
    Map<String, Long> counts = new HashMap<>();
    mongo.aggregate(Aggregation.newAggregation(
            Aggregation.match(Criteria.where("congressId").is(congressId).and("year").is(year).and("kind").is(kind.name())),
            Aggregation.group("personId").count().as("n")), ContactDocument.COLLECTION, Document.class)
        .forEach(row -> counts.put(row.getString("_id"), ((Number) row.get("n")).longValue()));
    return counts;
  }
}
