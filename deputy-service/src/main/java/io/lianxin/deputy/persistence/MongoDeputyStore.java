package io.lianxin.deputy.persistence;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.outbox.AggregateStore;
import io.lianxin.deputy.application.port.DeputyStore;
import io.lianxin.deputy.domain.Deputy;
import io.lianxin.deputy.domain.DeputyStatus;
import io.lianxin.deputy.messaging.RegisterEventMapper;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Deputies in MongoDB; each write is the entry with its events mapped to the contract (outbox). */
@Repository
public class MongoDeputyStore implements DeputyStore {

  private final MongoTemplate mongo;
  private final AggregateStore aggregates;

  public MongoDeputyStore(MongoTemplate mongo, AggregateStore aggregates) {
    this.mongo = mongo;
    this.aggregates = aggregates;
  }

  @Override
  public Optional<Loaded<Deputy>> find(String congressId, String deputyId) {
    return Optional.ofNullable(mongo.findById(DeputyDocument.idOf(congressId, deputyId), DeputyDocument.class))
        .map(doc -> new Loaded<>(doc.toDeputy(), doc.getVersion()));
  }

  @Override
  public List<Deputy> list(String congressId, DeputyStatus status, int page, int size) {
    return mongo.find(RegisterQueries.page(RegisterQueries.inCongress(congressId, status), "deputyId", page, size),
        DeputyDocument.class).stream().map(DeputyDocument::toDeputy).toList();
  }

  @Override
  public long count(String congressId, DeputyStatus status) {
    return mongo.count(RegisterQueries.inCongress(congressId, status), DeputyDocument.class);
  }

  @Override
  public Loaded<Deputy> insert(Deputy deputy, CurrentUser actor) {
    return write(deputy, null, actor);
  }

  @Override
  public Loaded<Deputy> save(Loaded<Deputy> deputy, CurrentUser actor) {
    return write(deputy.item(), deputy.version(), actor);
  }

  private Loaded<Deputy> write(Deputy deputy, Long version, CurrentUser actor) {
    DeputyDocument doc = DeputyDocument.of(deputy, version);
    aggregates.save(doc, RegisterEventMapper.forDeputy(deputy, deputy.takeEvents(), actor));
    return new Loaded<>(deputy, doc.getVersion());
  }
}
