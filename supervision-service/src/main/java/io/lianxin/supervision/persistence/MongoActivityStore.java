package io.lianxin.supervision.persistence;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.outbox.AggregateStore;
import io.lianxin.supervision.application.port.ActivityStore;
import io.lianxin.supervision.domain.SupervisionActivity;
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

/** Oversight activities in MongoDB; each write is the activity with its events (outbox). */
@Repository
public class MongoActivityStore implements ActivityStore {

  private final MongoTemplate mongo;
  private final AggregateStore aggregates;
  private final SupervisionPolicy policy;

  public MongoActivityStore(MongoTemplate mongo, AggregateStore aggregates, SupervisionPolicy policy) {
    this.mongo = mongo;
    this.aggregates = aggregates;
    this.policy = policy;
    mongo.indexOps(ActivityDocument.COLLECTION).createIndex(new Index().on("congressId", Sort.Direction.ASC)
        .on("planYear", Sort.Direction.DESC).on("itemNumber", Sort.Direction.ASC));
    mongo.indexOps(ActivityDocument.COLLECTION).createIndex(new Index().on("nextDeadlineCheck", Sort.Direction.ASC)
        .sparse());
  }

  @Override
  public Optional<Loaded<SupervisionActivity>> find(String congressId, String activityId) {
    return Optional.ofNullable(mongo.findById(OpinionDocument.idOf(congressId, activityId), ActivityDocument.class))
        .map(d -> new Loaded<>(d.toActivity(), d.getVersion()));
  }

  @Override
  public List<SupervisionActivity> list(String congressId, Filter filter, int page, int size) {
    Query query = query(congressId, filter).with(Sort.by(Sort.Direction.DESC, "planYear").and(Sort.by("itemNumber")))
        .skip((long) page * size).limit(size);
    return mongo.find(query, ActivityDocument.class).stream().map(ActivityDocument::toActivity).toList();
  }

  @Override
  public long count(String congressId, Filter filter) {
    return mongo.count(query(congressId, filter), ActivityDocument.class);
  }

  @Override
  public void forEachOfYear(String congressId, int planYear, Consumer<SupervisionActivity> action) {
    Filter ofYear = new Filter(planYear, null);
    for (int page = 0; ; page++) {
      List<SupervisionActivity> batch = list(congressId, ofYear, page, MongoOpinionStore.BATCH);
      batch.forEach(action);
      if (batch.size() < MongoOpinionStore.BATCH) {
        return;
      }
    }
  }

  @Override
  public void forEachDueBy(LocalDate today, Consumer<Loaded<SupervisionActivity>> action) {
    Query due = Query.query(Criteria.where("nextDeadlineCheck").lte(today)).with(Sort.by("nextDeadlineCheck"))
        .limit(MongoOpinionStore.BATCH);
    mongo.find(due, ActivityDocument.class).stream().map(d -> new Loaded<>(d.toActivity(), d.getVersion()))
        .forEach(action);
  }

  @Override
  public Loaded<SupervisionActivity> insert(SupervisionActivity activity, CurrentUser actor) {
    return write(activity, null, actor);
  }

  @Override
  public Loaded<SupervisionActivity> save(Loaded<SupervisionActivity> activity, CurrentUser actor) {
    return write(activity.item(), activity.version(), actor);
  }

  private Loaded<SupervisionActivity> write(SupervisionActivity activity, Long version, CurrentUser actor) {
    ActivityDocument doc = ActivityDocument.of(activity, version, activity.nextDeadlineCheck(policy));
    aggregates.save(doc, SupervisionEventMapper.forActivity(activity, activity.takeEvents(), actor));
    return new Loaded<>(activity, doc.getVersion());
  }

  private static Query query(String congressId, Filter filter) {
    Criteria criteria = Criteria.where("congressId").is(congressId);
    if (filter.planYear() != null) {
      criteria = criteria.and("planYear").is(filter.planYear());
    }
    if (filter.deputyId() != null) {
      criteria = criteria.and("participants").is(filter.deputyId());
    }
    return Query.query(criteria);
  }
}
