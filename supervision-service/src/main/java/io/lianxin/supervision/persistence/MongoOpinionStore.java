package io.lianxin.supervision.persistence;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.outbox.AggregateStore;
import io.lianxin.supervision.application.port.AuditLine;
import io.lianxin.supervision.application.port.OpinionStore;
import io.lianxin.supervision.domain.OpinionStatus;
import io.lianxin.supervision.domain.ReviewOpinion;
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

/** Review opinions in MongoDB; each write is the opinion with its events mapped to the contract (outbox). */
@Repository
public class MongoOpinionStore implements OpinionStore {

  static final int BATCH = 200;

  private final MongoTemplate mongo;
  private final AggregateStore aggregates;
  private final SupervisionPolicy policy;

  public MongoOpinionStore(MongoTemplate mongo, AggregateStore aggregates, SupervisionPolicy policy) {
    this.mongo = mongo;
    this.aggregates = aggregates;
    this.policy = policy;
    mongo.indexOps(OpinionDocument.COLLECTION).createIndex(new Index().on("congressId", Sort.Direction.ASC)
        .on("issuedOn", Sort.Direction.DESC));
    mongo.indexOps(OpinionDocument.COLLECTION).createIndex(new Index().on("pendingVoteRequestId", Sort.Direction.ASC)
        .sparse());
    mongo.indexOps(OpinionDocument.COLLECTION).createIndex(new Index().on("nextDeadlineCheck", Sort.Direction.ASC)
        .sparse());
  }

  @Override
  public Optional<Loaded<ReviewOpinion>> find(String congressId, String opinionId) {
    return Optional.ofNullable(mongo.findById(OpinionDocument.idOf(congressId, opinionId), OpinionDocument.class))
        .map(MongoOpinionStore::loaded);
  }

  @Override
  public Optional<Loaded<ReviewOpinion>> findByPendingVote(String congressId, String requestId) {
    return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("pendingVoteRequestId").is(requestId).and("congressId").is(congressId)),
        OpinionDocument.class)).map(MongoOpinionStore::loaded);
  }

  @Override
  public List<ReviewOpinion> list(String congressId, Filter filter, int page, int size) {
    Query query = query(congressId, filter).with(Sort.by(Sort.Direction.DESC, "issuedOn").and(Sort.by("opinionId")))
        .skip((long) page * size).limit(size);
    return mongo.find(query, OpinionDocument.class).stream().map(OpinionDocument::toOpinion).toList();
  }

  @Override
  public long count(String congressId, Filter filter) {
    return mongo.count(query(congressId, filter), OpinionDocument.class);
  }

  @Override
  public void forEach(String congressId, Filter filter, Consumer<ReviewOpinion> action) {
    // one cursor in _id order: an opinion issued meanwhile cannot shift a page and be counted twice
    try (var cursor = mongo.stream(query(congressId, filter).with(Sort.by("_id")), OpinionDocument.class)) {
      cursor.map(OpinionDocument::toOpinion).forEach(action);
    }
  }

  @Override
  public Loaded<ReviewOpinion> insert(ReviewOpinion opinion, CurrentUser actor) {
    return write(opinion, null, actor);
  }

  @Override
  public Loaded<ReviewOpinion> save(Loaded<ReviewOpinion> opinion, CurrentUser actor) {
    return write(opinion.item(), opinion.version(), actor);
  }

  @Override
  public List<AuditLine> history(String congressId, String opinionId) {
    Query byId = Query.query(Criteria.where("_id").is(OpinionDocument.idOf(congressId, opinionId)));
    byId.fields().include("history");
    OpinionDocument doc = mongo.findOne(byId, OpinionDocument.class);
    return doc == null ? List.of() : doc.getHistory().stream()
        .map(h -> new AuditLine(h.eventId(), h.type(), h.at(), h.actorId(), h.actorRole(), h.summary())).toList();
  }

  @Override
  public void forEachDueBy(LocalDate today, Consumer<Loaded<ReviewOpinion>> action) {
    Query due = Query.query(Criteria.where("nextDeadlineCheck").lte(today).and("status").ne(OpinionStatus.CLOSED))
        .with(Sort.by("nextDeadlineCheck")).limit(BATCH);
    // each handled opinion moves its next check past today (or fails its save and waits for the next pass)
    mongo.find(due, OpinionDocument.class).stream().map(MongoOpinionStore::loaded).forEach(action);
  }

  private Loaded<ReviewOpinion> write(ReviewOpinion opinion, Long version, CurrentUser actor) {
    OpinionDocument doc = OpinionDocument.of(opinion, version, opinion.nextDeadlineCheck(policy));
    aggregates.save(doc, SupervisionEventMapper.forOpinion(opinion, opinion.takeEvents(), actor));
    return new Loaded<>(opinion, doc.getVersion());
  }

  private static Query query(String congressId, Filter filter) {
    Criteria criteria = Criteria.where("congressId").is(congressId);
    if (filter.bodyUnitId() != null) {
      criteria = criteria.and("details.bodyUnitId").is(filter.bodyUnitId());
    }
    if (filter.status() != null) {
      criteria = criteria.and("status").is(filter.status());
    }
    if (filter.publishedOnly()) {
      criteria = criteria.and("published").is(true);
    }
    if (filter.issuedInYear() != null) {
      criteria = criteria.and("issuedInYear").is(filter.issuedInYear());
    }
    return Query.query(criteria);
  }

  private static Loaded<ReviewOpinion> loaded(OpinionDocument doc) {
    return new Loaded<>(doc.toOpinion(), doc.getVersion());
  }
}
