package io.lianxin.chassis.outbox;

import io.lianxin.chassis.observability.EventTracing;
import io.lianxin.events.EventEnvelope;
import io.micrometer.tracing.Span;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes staged events to Kafka and then removes them from their document's outbox.
 *
 * <p>A command never waits for the broker: once its write is durable it has answered, and
 * {@link #publishAfterSave} hands the write's events to a publishing lane (one thread per lane, an
 * aggregate always on the same lane, so its events leave in order). When the write's events were
 * the only ones staged, the lane sends them; when older ones were still staged (the broker was
 * away), it publishes the whole outbox from the oldest under the aggregate's lease, so nothing
 * overtakes an earlier event. A crash, a full lane or a broker that is down leaves events staged;
 * {@link #sweep} finds them later. Before sweeping a document a replica claims it with a lease (one
 * conditional update), so two replicas do not publish the same events at the same time. Delivery is
 * at least once: an event may be sent twice (with the same id, which consumers de-duplicate), never
 * lost, and the first copy of each event reaches Kafka in the order the aggregate staged them.
 */
public class OutboxRelay implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  private static final String STAGED_EVENT_IDS = "outbox.eventId";

  private final MongoTemplate mongo;
  private final KafkaTemplate<String, String> kafka;
  private final OutboxProperties properties;
  private final OutboxCollections collections;
  private final Clock clock;
  private final EventTracing tracing;
  private final String owner = UUID.randomUUID().toString();
  private final Counter published;
  private final Counter failures;
  private final Timer publishTimer;
  private final AtomicLong backlog = new AtomicLong();
  private final AtomicLong oldestAgeSeconds = new AtomicLong();
  private final List<ThreadPoolExecutor> lanes = new ArrayList<>();
  /** After a failed send the lanes leave events to the sweeper for a while instead of each waiting. */
  private volatile long lanesPausedUntil = System.nanoTime();

  public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
      OutboxCollections collections, Clock clock, MeterRegistry meters, EventTracing tracing) {
    this.mongo = mongo;
    this.tracing = tracing;
    this.kafka = kafka;
    this.properties = properties;
    this.collections = collections;
    this.clock = clock;
    this.published = Counter.builder("lianxin.outbox.published").description("events published from the outbox").register(meters);
    this.failures = Counter.builder("lianxin.outbox.publish.failures").description("failed publish attempts").register(meters);
    this.publishTimer = Timer.builder("lianxin.outbox.publish.duration")
        .description("send, broker acknowledgement and outbox removal of one write's events").register(meters);
    Gauge.builder("lianxin.outbox.backlog", backlog, AtomicLong::get)
        .description("events staged but not yet published, as of the last sweep").register(meters);
    Gauge.builder("lianxin.outbox.oldest.age", oldestAgeSeconds, AtomicLong::get)
        .baseUnit("seconds").description("age of the oldest staged event, as of the last sweep").register(meters);
    for (int i = 0; i < properties.publishLanes(); i++) {
      String name = "outbox-lane-" + i;
      ThreadPoolExecutor lane = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
          new LinkedBlockingQueue<>(properties.laneCapacity()), runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
          }, new ThreadPoolExecutor.DiscardPolicy());
      lanes.add(lane);
    }
    declareIndexes();
    Gauge.builder("lianxin.outbox.lane.queued", lanes, l -> l.stream().mapToInt(e -> e.getQueue().size()).sum())
        .description("saved writes whose events wait for a publishing lane").register(meters);
  }

  /**
   * Called right after a durable save with that write's events; returns at once. {@code onlyThese}
   * says the write's events were the only ones staged on the document after it. A failure or a full
   * lane leaves the events to the sweeper.
   */
  public void publishAfterSave(String collection, String aggregateId, List<OutboxEvent> events, boolean onlyThese) {
    if (events.isEmpty() || !properties.publishAfterSave()) {
      return;
    }
    lanes.get(Math.floorMod(aggregateId.hashCode(), lanes.size())).execute(() -> {
      if (System.nanoTime() - lanesPausedUntil < 0) {
        return; // the broker failed a moment ago: the sweeper publishes these once it is back
      }
      if (onlyThese) {
        publish(collection, aggregateId, events);
      } else {
        publishStaged(collection, aggregateId, Instant.MAX);
      }
    });
  }

  private void publish(String collection, String aggregateId, List<OutboxEvent> events) {
    Timer.Sample sample = Timer.start();
    try {
      send(events);
      remove(collection, aggregateId, events);
      sample.stop(publishTimer);
    } catch (Exception e) {
      failed();
      log.warn("publishing {} event(s) of {} {} failed; the sweeper will retry: {}",
          events.size(), collection, aggregateId, e.toString());
    }
  }

  private void failed() {
    failures.increment();
    lanesPausedUntil = System.nanoTime() + properties.sweepInterval().multipliedBy(2).toNanos();
  }

  /** Lets the lanes finish what they hold (the sweeper of the next start would find the rest). */
  @Override
  public void close() {
    lanes.forEach(ThreadPoolExecutor::shutdown);
    for (ThreadPoolExecutor lane : lanes) {
      try {
        if (!lane.awaitTermination(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
          lane.shutdownNow();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        lane.shutdownNow();
      }
    }
  }

  /**
   * Documents with staged events, found through the sparse index on the staged events' ids ({@link #declareIndexes}):
   * a document whose outbox is empty has no {@code outbox.eventId} and is not in the index, so a sweep reads only
   * the few documents with something to publish instead of scanning the collection (issue 16).
   */
  private static Criteria hasStagedEvents() {
    return Criteria.where(STAGED_EVENT_IDS).exists(true);
  }

  private void declareIndexes() {
    for (String collection : collections.names()) {
      mongo.indexOps(collection).createIndex(new Index().on(STAGED_EVENT_IDS, Sort.Direction.ASC).sparse());
    }
  }

  /** One pass over every outbox collection; returns the number of events published. */
  public int sweep() {
    int count = 0;
    long staged = 0;
    Instant oldest = null;
    for (String collection : collections.names()) {
      Instant now = clock.instant();
      Query candidates = Query.query(new Criteria().andOperator(
              hasStagedEvents(), leaseFree(now)))
          .limit(properties.sweepBatch());
      candidates.fields().include("_id");
      Instant cutoff = now.minus(properties.sweepGrace());
      for (Document candidate : mongo.find(candidates, Document.class, collection)) {
        int published = publishStaged(collection, candidate.get("_id"), cutoff);
        if (published < 0) {
          break; // the broker is away: one failed document is enough until the next sweep
        }
        count += published;
      }
      Query pending = Query.query(hasStagedEvents());
      pending.fields().include("outbox");
      for (Document doc : mongo.find(pending, Document.class, collection)) {
        List<Document> outbox = doc.getList("outbox", Document.class);
        staged += outbox.size();
        Date first = outbox.get(0).getDate("stagedAt");
        if (first != null && (oldest == null || first.toInstant().isBefore(oldest))) {
          oldest = first.toInstant();
        }
      }
    }
    backlog.set(staged);
    oldestAgeSeconds.set(oldest == null ? 0 : Duration.between(oldest, clock.instant()).toSeconds());
    return count;
  }

  /**
   * Under the document's lease, publishes its staged events from the oldest, in order, stopping at
   * the first staged after {@code stagedBy} (the sweeper leaves young events to the lanes). Returns
   * how many it published, -1 when sending failed.
   */
  private int publishStaged(String collection, Object id, Instant stagedBy) {
    Instant now = clock.instant();
    Document claimed = mongo.findAndModify(
        Query.query(new Criteria().andOperator(Criteria.where("_id").is(id), leaseFree(now))),
        new Update().set("outboxLease", new Document("owner", owner)
            .append("until", Date.from(now.plus(properties.leaseDuration())))),
        FindAndModifyOptions.options().returnNew(true),
        Document.class, collection);
    if (claimed == null) {
      return 0; // another replica holds it
    }
    try {
      List<OutboxEvent> due = new ArrayList<>();
      for (Document staged : claimed.getList("outbox", Document.class)) {
        Date stagedAt = staged.getDate("stagedAt");
        if (stagedAt != null && stagedAt.toInstant().isAfter(stagedBy)) {
          break; // keep order: a young event and everything after it wait for the next sweep
        }
        due.add(toEvent(staged));
      }
      if (due.isEmpty()) {
        return 0;
      }
      send(due);
      remove(collection, id, due);
      log.info("published {} staged event(s) of {} {}", due.size(), collection, id);
      return due.size();
    } catch (Exception e) {
      failed();
      log.warn("publishing the staged events of {} {} failed; will retry: {}", collection, id, e.toString());
      return -1;
    } finally {
      mongo.updateFirst(
          Query.query(Criteria.where("_id").is(id).and("outboxLease.owner").is(owner)),
          new Update().unset("outboxLease"), collection);
    }
  }

  private static Criteria leaseFree(Instant now) {
    return new Criteria().orOperator(
        Criteria.where("outboxLease").exists(false),
        Criteria.where("outboxLease.until").lt(Date.from(now)));
  }

  private void send(List<OutboxEvent> events) throws Exception {
    List<CompletableFuture<?>> acks = new ArrayList<>();
    for (OutboxEvent event : events) {
      // the publish is a span of the command's trace, also when the sweeper sends after a crash
      try (EventTracing.Scope span = tracing.continueFrom(event.traceparent(), "publish " + event.type(),
          Span.Kind.PRODUCER)) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
        record.headers().add("content-type", EventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        String traceparent = tracing.currentTraceparent();
        if (traceparent != null) {
          record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.US_ASCII));
        }
        acks.add(kafka.send(record));
      }
    }
    for (CompletableFuture<?> ack : acks) {
      ack.get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }
    published.increment(events.size());
  }

  private void remove(String collection, Object aggregateId, List<OutboxEvent> events) {
    List<String> ids = events.stream().map(OutboxEvent::eventId).toList();
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(aggregateId)),
        new Update().pull("outbox", new Document("eventId", new Document("$in", ids))),
        collection);
  }

  private static OutboxEvent toEvent(Document staged) {
    Date stagedAt = staged.getDate("stagedAt");
    return new OutboxEvent(staged.getString("eventId"), staged.getString("type"), staged.getString("topic"),
        staged.getString("key"), staged.getString("payload"), stagedAt == null ? null : stagedAt.toInstant(),
        staged.getString("traceparent"));
  }
}
