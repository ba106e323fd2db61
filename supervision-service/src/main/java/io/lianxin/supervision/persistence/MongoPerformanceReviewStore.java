package io.lianxin.supervision.persistence;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.outbox.AggregateStore;
import io.lianxin.supervision.application.port.PerformanceReviewStore;
import io.lianxin.supervision.domain.PerformanceReview;
import io.lianxin.supervision.messaging.SupervisionEventMapper;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Performance reviews in MongoDB; each write is the review with its events mapped to the contract (outbox). */
@Repository
public class MongoPerformanceReviewStore implements PerformanceReviewStore {

  private final MongoTemplate mongo;
  private final AggregateStore aggregates;

  public MongoPerformanceReviewStore(MongoTemplate mongo, AggregateStore aggregates) {
    this.mongo = mongo;
    this.aggregates = aggregates;
    mongo.indexOps(PerformanceReviewDocument.COLLECTION).createIndex(new Index().on("congressId", Sort.Direction.ASC)
        .on("year", Sort.Direction.DESC));
    mongo.indexOps(PerformanceReviewDocument.COLLECTION).createIndex(new Index()
        .on("pendingVoteRequestId", Sort.Direction.ASC).sparse());
  }

  @Override
  public Optional<Loaded<PerformanceReview>> find(String congressId, String reviewId) {
    return Optional.ofNullable(mongo.findById(OpinionDocument.idOf(congressId, reviewId),
        PerformanceReviewDocument.class)).map(MongoPerformanceReviewStore::loaded);
  }

  @Override
  public Optional<Loaded<PerformanceReview>> findByPendingVote(String congressId, String requestId) {
    return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("pendingVoteRequestId").is(requestId)
        .and("congressId").is(congressId)), PerformanceReviewDocument.class)).map(MongoPerformanceReviewStore::loaded);
  }

  @Override
  public List<PerformanceReview> list(String congressId, Filter filter, int page, int size) {
    Query query = query(congressId, filter).with(Sort.by(Sort.Direction.DESC, "year").and(Sort.by("reviewId")))
        .skip((long) page * size).limit(size);
    return mongo.find(query, PerformanceReviewDocument.class).stream().map(PerformanceReviewDocument::toReview).toList();
  }

  @Override
  public long count(String congressId, Filter filter) {
    return mongo.count(query(congressId, filter), PerformanceReviewDocument.class);
  }

  @Override
  public Loaded<PerformanceReview> insert(PerformanceReview review, CurrentUser actor) {
    return write(review, null, actor);
  }

  @Override
  public Loaded<PerformanceReview> save(Loaded<PerformanceReview> review, CurrentUser actor) {
    return write(review.item(), review.version(), actor);
  }

  private Loaded<PerformanceReview> write(PerformanceReview review, Long version, CurrentUser actor) {
    PerformanceReviewDocument doc = PerformanceReviewDocument.of(review, version);
    aggregates.save(doc, SupervisionEventMapper.forReview(review, review.takeEvents(), actor));
    return new Loaded<>(review, doc.getVersion());
  }

  private static Query query(String congressId, Filter filter) {
    Criteria criteria = Criteria.where("congressId").is(congressId);
    if (filter.year() != null) {
      criteria = criteria.and("year").is(filter.year());
    }
    if (filter.readerUnitId() != null) {
      criteria = criteria.and("readerUnitIds").is(filter.readerUnitId());
    }
    return Query.query(criteria);
  }

  private static Loaded<PerformanceReview> loaded(PerformanceReviewDocument doc) {
    return new Loaded<>(doc.toReview(), doc.getVersion());
  }
}
