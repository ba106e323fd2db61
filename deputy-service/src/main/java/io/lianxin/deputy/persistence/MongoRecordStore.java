package io.lianxin.deputy.persistence;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import io.lianxin.chassis.messaging.IdempotentWrites;
import io.lianxin.deputy.application.port.RecordStore;
import io.lianxin.deputy.domain.RecordEntry;
import io.lianxin.deputy.domain.RecordKind;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Record entries in MongoDB ({@value RecordEntryDocument#COLLECTION}): counting is an insert whose id
 * names the deputy and the item, so a repeated event fails on the key and changes nothing; the counts
 * are a group by kind (and deputy) over the congress's year, on an index of (congressId, year, deputyId).
 */
@Repository
public class MongoRecordStore implements RecordStore {

  /** The sequence of the latest replacement applied per item: {@code _id} = {@code <congressId>/<itemId>}. */
  static final String APPLIED = "record_item_sequences";

  private final MongoTemplate mongo;
  private final IdempotentWrites writes;

  public MongoRecordStore(MongoTemplate mongo, IdempotentWrites writes) {
    this.mongo = mongo;
    this.writes = writes;
    mongo.indexOps(RecordEntryDocument.COLLECTION).createIndex(new Index().on("congressId", Sort.Direction.ASC)
        .on("year", Sort.Direction.ASC).on("deputyId", Sort.Direction.ASC));
    mongo.indexOps(RecordEntryDocument.COLLECTION).createIndex(new Index().on("congressId", Sort.Direction.ASC)
        .on("itemId", Sort.Direction.ASC));
  }

  @Override
  public boolean countOnce(RecordEntry entry) {
    return writes.insertIfAbsent(RecordEntryDocument.of(entry), RecordEntryDocument.COLLECTION);
  }

  @Override
  public void replaceItem(String congressId, String itemId, List<RecordEntry> entries) {
    mongo.remove(Query.query(Criteria.where("congressId").is(congressId).and("itemId").is(itemId)
        .and("deputyId").nin(entries.stream().map(RecordEntry::deputyId).toList())), RecordEntryDocument.COLLECTION);
    entries.forEach(this::countOnce);
  }

  @Override
  public boolean replaceItemIfLater(String congressId, String itemId, String sequence, List<RecordEntry> entries) {
    if (sequence == null) {
      replaceItem(congressId, itemId, entries);
      return true;
    }
    // claim the sequence first, atomically ($max never moves it back): of two replacements racing, the older one
    // finds the newer sequence already claimed and changes nothing; an equal one (a redelivery) applies again
    String id = DeputyDocument.idOf(congressId, itemId);
    Document before = mongo.getCollection(APPLIED).findOneAndUpdate(new Document("_id", id),
        new Document("$max", new Document("sequence", sequence)),
        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
    if (before != null && before.getString("sequence").compareTo(sequence) > 0) {
      return false;
    }
    replaceItem(congressId, itemId, entries);
    return true;
  }

  @Override
  public Map<RecordKind, Long> counts(String congressId, String deputyId, int year) {
    Map<String, Map<RecordKind, Long>> byDeputy =
        group(Criteria.where("congressId").is(congressId).and("year").is(year).and("deputyId").is(deputyId));
    return byDeputy.getOrDefault(deputyId, Map.of());
  }

  @Override
  public Map<String, Map<RecordKind, Long>> countsByDeputy(String congressId, int year) {
    return group(Criteria.where("congressId").is(congressId).and("year").is(year));
  }

  private Map<String, Map<RecordKind, Long>> group(Criteria criteria) {
    Map<String, Map<RecordKind, Long>> counts = new HashMap<>();
    mongo.aggregate(Aggregation.newAggregation(Aggregation.match(criteria),
            Aggregation.group("deputyId", "kind").count().as("n")), RecordEntryDocument.COLLECTION, Document.class)
        .forEach(row -> {
          Document key = row.get("_id", Document.class);
          counts.computeIfAbsent(key.getString("deputyId"), d -> new EnumMap<>(RecordKind.class))
              .put(RecordKind.valueOf(key.getString("kind")), ((Number) row.get("n")).longValue());
        });
    return counts;
  }
}
