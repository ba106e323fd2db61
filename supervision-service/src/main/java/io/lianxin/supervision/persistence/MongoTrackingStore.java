package io.lianxin.supervision.persistence;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.outbox.AggregateStore;
import io.lianxin.supervision.application.port.TrackingStore;
import io.lianxin.supervision.domain.ProjectTracking;
import io.lianxin.supervision.domain.SupervisionPolicy;
import io.lianxin.supervision.messaging.SupervisionEventMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Livelihood projects' trackings in MongoDB; each write is the tracking with its events (outbox). */
@Repository
public class MongoTrackingStore implements TrackingStore {

  private final MongoTemplate mongo;
  private final AggregateStore aggregates;
  private final SupervisionPolicy policy;

  public MongoTrackingStore(MongoTemplate mongo, AggregateStore aggregates, SupervisionPolicy policy) {
    this.mongo = mongo;
    this.aggregates = aggregates;
    this.policy = policy;
    mongo.indexOps(TrackingDocument.COLLECTION).createIndex(new Index().on("congressId", Sort.Direction.ASC)
        .on("year", Sort.Direction.DESC));
    mongo.indexOps(TrackingDocument.COLLECTION).createIndex(new Index().on("pendingVoteRequestId", Sort.Direction.ASC)
        .sparse());
    mongo.indexOps(TrackingDocument.COLLECTION).createIndex(new Index().on("nextDeadlineCheck", Sort.Direction.ASC)
        .sparse());
  }

  @Override
  public Optional<Loaded<ProjectTracking>> find(String congressId, String trackingId) {
    return Optional.ofNullable(mongo.findById(OpinionDocument.idOf(congressId, trackingId), TrackingDocument.class))
        .map(MongoTrackingStore::loaded);
  }

  @Override
  public Optional<Loaded<ProjectTracking>> findByPendingVote(String congressId, String requestId) {
    return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("pendingVoteRequestId").is(requestId).and("congressId").is(congressId)),
        TrackingDocument.class)).map(MongoTrackingStore::loaded);
  }

  @Override
  public List<ProjectTracking> list(String congressId, Integer year, String unitId, int page, int size) {
    Query query = query(congressId, year, unitId).with(Sort.by(Sort.Direction.DESC, "year").and(Sort.by("trackingId")))
        .skip((long) page * size).limit(size);
    return mongo.find(query, TrackingDocument.class).stream().map(TrackingDocument::toTracking).toList();
  }

  @Override
  public long count(String congressId, Integer year, String unitId) {
    return mongo.count(query(congressId, year, unitId), TrackingDocument.class);
  }

  @Override
  public Loaded<ProjectTracking> insert(ProjectTracking tracking, CurrentUser actor) {
    return write(tracking, null, actor);
  }

  @Override
  public Loaded<ProjectTracking> save(Loaded<ProjectTracking> tracking, CurrentUser actor) {
    return write(tracking.item(), tracking.version(), actor);
  }

  @Override
  public void forEachDueBy(LocalDate today, Consumer<Loaded<ProjectTracking>> action) {
    Query due = Query.query(Criteria.where("nextDeadlineCheck").lte(today)).with(Sort.by("nextDeadlineCheck"))
        .limit(MongoOpinionStore.BATCH);
    mongo.find(due, TrackingDocument.class).stream().map(MongoTrackingStore::loaded).forEach(action);
  }

  private Loaded<ProjectTracking> write(ProjectTracking tracking, Long version, CurrentUser actor) {
    TrackingDocument doc = TrackingDocument.of(tracking, version, tracking.nextDeadlineCheck(policy));
    aggregates.save(doc, SupervisionEventMapper.forTracking(tracking, tracking.takeEvents(), actor));
    return new Loaded<>(tracking, doc.getVersion());
  }

  private static Query query(String congressId, Integer year, String unitId) {
    Criteria criteria = Criteria.where("congressId").is(congressId);
    if (year != null) {
      criteria = criteria.and("year").is(year);
    }
    if (unitId != null) {
      criteria = criteria.and("unitId").is(unitId);
    }
    return Query.query(criteria);
  }

  private static Loaded<ProjectTracking> loaded(TrackingDocument doc) {
    return new Loaded<>(doc.toTracking(), doc.getVersion());
  }
}
