package io.lianxin.deputy.persistence;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.deputy.application.port.OpinionStore;
import io.lianxin.deputy.domain.Opinion;
import io.lianxin.deputy.messaging.WorkEventMapper;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Opinions in MongoDB: the tracking code is the key (with the congress), the day's opinions on an index. */
@Repository
public class MongoOpinionStore implements OpinionStore {

  private final MongoTemplate mongo;
  private final LocalAggregates writes;

  public MongoOpinionStore(MongoTemplate mongo, LocalAggregates writes) {
    this.mongo = mongo;
    this.writes = writes;
    mongo.indexOps(OpinionDocument.COLLECTION).createIndex(new Index().on("congressId", Sort.Direction.ASC)
        .on("dayId", Sort.Direction.ASC));
  }

  @Override
  public Optional<Loaded<Opinion>> find(String congressId, String trackingCode) {
    return Optional.ofNullable(mongo.findById(DeputyDocument.idOf(congressId, trackingCode), OpinionDocument.class))
        .map(doc -> new Loaded<>(doc.toOpinion(), doc.getVersion()));
  }

  @Override
  public List<Opinion> ofDay(String congressId, String dayId, int limit) {
    return mongo.find(Query.query(Criteria.where("congressId").is(congressId).and("dayId").is(dayId))
        .with(Sort.by("trackingCode")).limit(limit), OpinionDocument.class).stream().map(OpinionDocument::toOpinion)
        .toList();
  }

  @Override
  public boolean insertIfCodeFree(Opinion opinion, CurrentUser actor) {
    try {
      // a clash writes nothing: the opinion is dropped with its events and the next attempt collects anew
      writes.write(OpinionDocument.of(opinion, null), WorkEventMapper.forOpinion(opinion, opinion.takeEvents(), actor));
      return true;
    } catch (OptimisticLockingFailureException taken) {
      return false; // the insert failed on the key: the code is someone else's
    }
  }

  @Override
  public Loaded<Opinion> save(Loaded<Opinion> opinion, CurrentUser actor) {
    return new Loaded<>(opinion.item(), writes.write(OpinionDocument.of(opinion.item(), opinion.version()),
        WorkEventMapper.forOpinion(opinion.item(), opinion.item().takeEvents(), actor)));
  }
}
