package io.lianxin.suggestion.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.Field;
import org.springframework.data.mongodb.core.aggregation.Fields;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Reads suggestion documents; writes go through the chassis' AggregateStore (one write with the outbox). */
@Repository
public class SuggestionRepository {

  private final MongoTemplate mongo;

  public SuggestionRepository(MongoTemplate mongo) {
    this.mongo = mongo;
    var indexes = mongo.indexOps(SuggestionDocument.COLLECTION);
    indexes.createIndex(new Index().on("item.congressId", Sort.Direction.ASC).on("item.state", Sort.Direction.ASC));
    indexes.createIndex(new Index().on("item.congressId", Sort.Direction.ASC).on("item.proposerDeputyId", Sort.Direction.ASC));
    indexes.createIndex(new Index().on("item.assignment.leadUnitId", Sort.Direction.ASC));
    indexes.createIndex(new Index().on("item.state", Sort.Direction.ASC).on("item.replyDueDate", Sort.Direction.ASC));
    indexes.createIndex(new Index().on("item.number.year", Sort.Direction.ASC));
    indexes.createIndex(new Index().on("item.mergedInto", Sort.Direction.ASC).sparse());
    indexes.createIndex(new Index().on("item.linkedIds", Sort.Direction.ASC).sparse());
    // the deadline engine's daily pass: the items whose next look is due
    indexes.createIndex(new Index().on("nextDeadlineCheck", Sort.Direction.ASC));
  }

  public Optional<SuggestionDocument> find(String id) {
    return Optional.ofNullable(mongo.findById(id, SuggestionDocument.class));
  }

  /** A page of the items matching, newest submission first. */
  public List<SuggestionDocument> find(Criteria criteria, int page, int size) {
    return find(criteria, Sort.by(Sort.Direction.DESC, "item.submittedAt", "item.createdAt"), page, size);
  }

  /** A page of the items matching, in {@code order}. */
  public List<SuggestionDocument> find(Criteria criteria, Sort order, int page, int size) {
    Query query = Query.query(criteria).with(order).skip((long) page * size).limit(size);
    return mongo.find(query, SuggestionDocument.class);
  }

  public long count(Criteria criteria) {
    return mongo.count(Query.query(criteria), SuggestionDocument.class);
  }

  /**
   * How many documents match, by the values of the item's {@code fields} (one aggregation): each
   * key lists the values in the order of {@code fields}.
   */
  public Map<List<String>, Long> countBy(Criteria criteria, String... fields) {
    List<Field> grouping = new ArrayList<>();
    for (String field : fields) {
      grouping.add(Fields.field(field, "item." + field));
    }
    var aggregation = Aggregation.newAggregation(SuggestionDocument.class, Aggregation.match(criteria),
        Aggregation.group(Fields.from(grouping.toArray(Field[]::new))).count().as("n"));
    Map<List<String>, Long> counts = new LinkedHashMap<>();
    for (Document row : mongo.aggregate(aggregation, Document.class).getMappedResults()) {
      Object id = row.get("_id");
      List<String> key = new ArrayList<>();
      for (String field : fields) {
        Object value = id instanceof Document d ? d.get(field) : id;
        key.add(value == null ? null : value.toString());
      }
      if (!key.contains(null)) {
        counts.put(List.copyOf(key), ((Number) row.get("n")).longValue());
      }
    }
    return counts;
  }

  /** How many documents one round trip reads when walking a large set. */
  static final int BATCH = 500;

  /**
   * Every document matching, streamed through a cursor in batches: memory and reply size stay
   * bounded however many there are (without a batch size the Mongo-wire server answers with the
   * whole result in one reply, which fails past 48 MB). {@code lean} leaves out what reports never
   * read (history, outbox, body, contacts, opinions, notes) — never use it for documents to save.
   */
  public void forEach(Criteria criteria, boolean lean, java.util.function.Consumer<SuggestionDocument> action) {
    Query query = Query.query(criteria).cursorBatchSize(BATCH);
    if (lean) {
      query.fields().exclude("history", "outbox", "item.body", "item.contacts", "item.coUnitOpinions",
          "item.supervisionNotes");
    }
    try (java.util.stream.Stream<SuggestionDocument> documents = mongo.stream(query, SuggestionDocument.class)) {
      documents.forEach(action);
    }
  }

  /** Everything matching, read in batches; for sets known to be small (one congress, one state). */
  public List<SuggestionDocument> all(Criteria criteria) {
    List<SuggestionDocument> all = new java.util.ArrayList<>();
    forEach(criteria, false, all::add);
    return all;
  }
}
