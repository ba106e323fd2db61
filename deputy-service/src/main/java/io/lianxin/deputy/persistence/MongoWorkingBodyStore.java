package io.lianxin.deputy.persistence;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.outbox.AggregateStore;
import io.lianxin.deputy.application.port.WorkingBodyStore;
import io.lianxin.deputy.domain.WorkingBody;
import io.lianxin.deputy.domain.WorkingBodyStatus;
import io.lianxin.deputy.messaging.RegisterEventMapper;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Working bodies in MongoDB; each write is the entry with its events mapped to the contract (outbox). */
@Repository
public class MongoWorkingBodyStore implements WorkingBodyStore {

  private final MongoTemplate mongo;
  private final AggregateStore aggregates;

  public MongoWorkingBodyStore(MongoTemplate mongo, AggregateStore aggregates) {
    this.mongo = mongo;
    this.aggregates = aggregates;
    RegisterQueries.declareIndex(mongo, WorkingBodyDocument.COLLECTION, "bodyId");
  }

  @Override
  public Optional<Loaded<WorkingBody>> find(String congressId, String bodyId) {
    return Optional.ofNullable(mongo.findById(DeputyDocument.idOf(congressId, bodyId), WorkingBodyDocument.class))
        .map(doc -> new Loaded<>(doc.toBody(), doc.getVersion()));
  }

  @Override
  public List<WorkingBody> list(String congressId, WorkingBodyStatus status, int page, int size) {
    return mongo.find(RegisterQueries.page(RegisterQueries.inCongress(congressId, status), "bodyId", page, size),
        WorkingBodyDocument.class).stream().map(WorkingBodyDocument::toBody).toList();
  }

  @Override
  public long count(String congressId, WorkingBodyStatus status) {
    return mongo.count(RegisterQueries.inCongress(congressId, status), WorkingBodyDocument.class);
  }

  @Override
  public Loaded<WorkingBody> insert(WorkingBody body, CurrentUser actor) {
    return write(body, null, actor);
  }

  @Override
  public Loaded<WorkingBody> save(Loaded<WorkingBody> body, CurrentUser actor) {
    return write(body.item(), body.version(), actor);
  }

  private Loaded<WorkingBody> write(WorkingBody body, Long version, CurrentUser actor) {
    WorkingBodyDocument doc = WorkingBodyDocument.of(body, version);
    aggregates.save(doc, RegisterEventMapper.forWorkingBody(body, body.takeEvents(), actor));
    return new Loaded<>(body, doc.getVersion());
  }
}
