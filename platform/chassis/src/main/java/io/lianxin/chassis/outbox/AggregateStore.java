package io.lianxin.chassis.outbox;

import io.lianxin.chassis.observability.EventTracing;
import io.lianxin.events.EventCodec;
import io.lianxin.events.EventEnvelope;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mapping.PropertyHandler;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Saves an aggregate and stages its events in one document write, then hands the events to the
 * relay, which publishes them without the caller waiting for the broker.
 *
 * <p>An update is a conditional {@code $set} of the aggregate's fields (and {@code $unset} of those that became
 * null) with {@code $inc} of the
 * version and {@code $push} of the new events and history lines, guarded by the expected version.
 * Unlike a whole-document replace it never overwrites the relay's concurrent removal of already
 * published events (see docs/adr/0003-embedded-outbox.md).
 */
public class AggregateStore {

  private static final List<String> MANAGED_FIELDS = List.of("_id", "version", "outbox", "history", "outboxLease");

  private final MongoTemplate mongo;
  private final OutboxRelay relay;
  private final EventCodec codec;
  private final String source;
  private final Clock clock;
  private final EventTracing tracing;

  public AggregateStore(MongoTemplate mongo, OutboxRelay relay, EventCodec codec, String serviceName, Clock clock,
      EventTracing tracing) {
    this.mongo = mongo;
    this.relay = relay;
    this.codec = codec;
    this.source = "/" + serviceName;
    this.clock = clock;
    this.tracing = tracing;
  }

  /**
   * Inserts (version null) or updates (version as loaded) the document, stages the events, and
   * publishes them. Throws {@link OptimisticLockingFailureException} when someone else changed
   * the aggregate since it was loaded; nothing is written then.
   */
  public <T extends AggregateDocument> T save(T document, List<PendingEvent> events) {
    if (document.getId() == null) {
      throw new IllegalArgumentException("an aggregate document needs its id before it is saved");
    }
    Long expected = document.getVersion();
    long next = expected == null ? 1 : expected + 1;
    Instant now = clock.instant();
    String traceparent = tracing.currentTraceparent();
    List<OutboxEvent> staged = new ArrayList<>();
    List<HistoryEntry> lines = new ArrayList<>();
    for (int index = 0; index < events.size(); index++) {
      PendingEvent pending = events.get(index);
      EventEnvelope envelope = EventEnvelope.create(
          pending.type(), source, document.getId(), pending.congressId(), EventEnvelope.sequence(next, index), now,
          traceparent, pending.data() instanceof EventData typed
              ? typed.toJson(codec.mapper()) : codec.mapper().valueToTree(pending.data()));
      staged.add(new OutboxEvent(envelope.id(), envelope.type(), pending.type().topic(),
          document.getId(), codec.encode(envelope), now, traceparent));
      lines.add(new HistoryEntry(envelope.id(), envelope.type(), now, pending.actorId(),
          pending.actorRole(), pending.summary()));
    }
    String collection = mongo.getCollectionName(document.getClass());
    boolean onlyTheseStaged;
    if (expected == null) {
      insert(document, staged, lines, collection);
      onlyTheseStaged = true;
    } else {
      onlyTheseStaged = update(document, expected, staged, lines, collection) == staged.size();
    }
    relay.publishAfterSave(collection, document.getId(), staged, onlyTheseStaged);
    return document;
  }

  private <T extends AggregateDocument> void insert(
      T document, List<OutboxEvent> staged, List<HistoryEntry> lines, String collection) {
    document.setVersion(1L);
    document.setOutbox(new ArrayList<>(staged));
    document.setHistory(new ArrayList<>(lines));
    try {
      mongo.insert(document, collection);
    } catch (DuplicateKeyException e) {
      document.setVersion(null);
      throw new OptimisticLockingFailureException("aggregate " + document.getId() + " already exists", e);
    }
  }

  /** Returns how many events are staged on the document after the update. */
  private <T extends AggregateDocument> int update(
      T document, long expected, List<OutboxEvent> staged, List<HistoryEntry> lines, String collection) {
    Document fields = new Document();
    mongo.getConverter().write(document, fields);
    MANAGED_FIELDS.forEach(fields::remove);
    Update update = new Update();
    fields.forEach(update::set);
    // the converter writes no null field: a field that became null is unset, else the stored value would come back
    mongo.getConverter().getMappingContext().getRequiredPersistentEntity(document.getClass())
        .doWithProperties((PropertyHandler<MongoPersistentProperty>) property -> {
          String name = property.getFieldName();
          if (!fields.containsKey(name) && !MANAGED_FIELDS.contains(name)) {
            update.unset(name);
          }
        });
    update.inc("version", 1);
    if (!staged.isEmpty()) {
      update.push("outbox").each(staged.toArray());
      update.push("history").each(lines.toArray());
    }
    Query guard = Query.query(Criteria.where("_id").is(document.getId()).and("version").is(expected));
    // The outbox as the write left it (ids only) tells whether older events are still staged: the
    // document may have been loaded without its outbox, and the relay removes events meanwhile.
    guard.fields().include("outbox.eventId");
    Document after = mongo.findAndModify(guard, update, FindAndModifyOptions.options().returnNew(true),
        Document.class, collection);
    if (after == null) {
      throw new OptimisticLockingFailureException(
          "aggregate " + document.getId() + " was changed concurrently (expected version " + expected + ")");
    }
    document.setVersion(expected + 1);
    document.getOutbox().addAll(staged);
    document.getHistory().addAll(lines);
    List<?> outbox = after.getList("outbox", Object.class);
    return outbox == null ? 0 : outbox.size();
  }
}
