package io.lianxin.deputy.persistence;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.outbox.AggregateStore;
import io.lianxin.deputy.application.port.DeputyStore;
import io.lianxin.deputy.domain.Deputy;
import io.lianxin.deputy.domain.DeputyStatus;
import io.lianxin.deputy.messaging.RegisterEventMapper;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Deputies in MongoDB; each write is the entry with its events mapped to the contract (outbox). */
@Repository
public class MongoDeputyStore implements DeputyStore {

  private final MongoTemplate mongo;
  private final AggregateStore aggregates;

  public MongoDeputyStore(MongoTemplate mongo, AggregateStore aggregates) {
    this.mongo = mongo;
    this.aggregates = aggregates;
    RegisterQueries.declareIndex(mongo, DeputyDocument.COLLECTION, "deputyId");
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
  public List<Deputy> activeHeadsOf(String congressId, String delegation) {
    Query heads = RegisterQueries.inCongress(congressId, DeputyStatus.ACTIVE);
    heads.addCriteria(Criteria.where("delegation").is(delegation).and("delegationHead").is(true));
    return mongo.find(heads, DeputyDocument.class).stream().map(DeputyDocument::toDeputy).toList();
  }

  @Override
  public Set<String> activeAmong(String congressId, Collection<String> deputyIds) {
    Query active = RegisterQueries.inCongress(congressId, DeputyStatus.ACTIVE);
    active.addCriteria(Criteria.where("deputyId").in(deputyIds));
    return mongo.find(active, DeputyDocument.class).stream().map(doc -> doc.deputyId).collect(Collectors.toSet());
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
