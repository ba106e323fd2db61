package io.lianxin.deputy.persistence;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.deputy.application.port.TrainingStore;
import io.lianxin.deputy.domain.TrainingSession;
import io.lianxin.deputy.messaging.WorkEventMapper;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Training sessions in MongoDB, listed by (congressId, year). */
@Repository
public class MongoTrainingStore implements TrainingStore {

  private final MongoTemplate mongo;
  private final LocalAggregates writes;

  public MongoTrainingStore(MongoTemplate mongo, LocalAggregates writes) {
    this.mongo = mongo;
    this.writes = writes;
    mongo.indexOps(TrainingSessionDocument.COLLECTION).createIndex(new Index().on("congressId", Sort.Direction.ASC)
        .on("year", Sort.Direction.ASC));
  }

  @Override
  public Optional<Loaded<TrainingSession>> find(String congressId, String sessionId) {
    return Optional.ofNullable(mongo.findById(DeputyDocument.idOf(congressId, sessionId), TrainingSessionDocument.class))
        .map(doc -> new Loaded<>(doc.toSession(), doc.getVersion()));
  }

  @Override
  public List<TrainingSession> inYear(String congressId, int year, int limit) {
    return mongo.find(Query.query(Criteria.where("congressId").is(congressId).and("year").is(year))
        .with(Sort.by("date", "sessionId")).limit(limit), TrainingSessionDocument.class).stream()
        .map(TrainingSessionDocument::toSession).toList();
  }

  @Override
  public Loaded<TrainingSession> insert(TrainingSession session, CurrentUser actor) {
    return new Loaded<>(session, writes.write(TrainingSessionDocument.of(session, null),
        WorkEventMapper.forSession(session, session.takeEvents(), actor)));
  }

  @Override
  public Loaded<TrainingSession> save(Loaded<TrainingSession> session, CurrentUser actor) {
    return new Loaded<>(session.item(), writes.write(TrainingSessionDocument.of(session.item(), session.version()),
        WorkEventMapper.forSession(session.item(), session.item().takeEvents(), actor)));
  }
}
