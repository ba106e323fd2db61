package io.lianxin.deputy.persistence;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.outbox.AggregateStore;
import io.lianxin.deputy.application.port.UnitStore;
import io.lianxin.deputy.domain.HandlingUnit;
import io.lianxin.deputy.domain.UnitStatus;
import io.lianxin.deputy.messaging.RegisterEventMapper;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Handling units in MongoDB; each write is the entry with its events mapped to the contract (outbox). */
@Repository
public class MongoUnitStore implements UnitStore {

  private final MongoTemplate mongo;
  private final AggregateStore aggregates;

  public MongoUnitStore(MongoTemplate mongo, AggregateStore aggregates) {
    this.mongo = mongo;
    this.aggregates = aggregates;
    RegisterQueries.declareIndex(mongo, UnitDocument.COLLECTION, "unitId");
  }

  @Override
  public Optional<Loaded<HandlingUnit>> find(String congressId, String unitId) {
    return Optional.ofNullable(mongo.findById(DeputyDocument.idOf(congressId, unitId), UnitDocument.class))
        .map(doc -> new Loaded<>(doc.toUnit(), doc.getVersion()));
  }

  @Override
  public List<HandlingUnit> list(String congressId, UnitStatus status, int page, int size) {
    return mongo.find(RegisterQueries.page(RegisterQueries.inCongress(congressId, status), "unitId", page, size),
        UnitDocument.class).stream().map(UnitDocument::toUnit).toList();
  }

  @Override
  public long count(String congressId, UnitStatus status) {
    return mongo.count(RegisterQueries.inCongress(congressId, status), UnitDocument.class);
  }

  @Override
  public Loaded<HandlingUnit> insert(HandlingUnit unit, CurrentUser actor) {
    return write(unit, null, actor);
  }

  @Override
  public Loaded<HandlingUnit> save(Loaded<HandlingUnit> unit, CurrentUser actor) {
    return write(unit.item(), unit.version(), actor);
  }

  private Loaded<HandlingUnit> write(HandlingUnit unit, Long version, CurrentUser actor) {
    UnitDocument doc = UnitDocument.of(unit, version);
    aggregates.save(doc, RegisterEventMapper.forUnit(unit, unit.takeEvents(), actor));
    return new Loaded<>(unit, doc.getVersion());
  }
}
