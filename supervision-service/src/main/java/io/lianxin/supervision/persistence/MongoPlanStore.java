package io.lianxin.supervision.persistence;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.outbox.AggregateStore;
import io.lianxin.supervision.application.port.PlanStore;
import io.lianxin.supervision.domain.AnnualPlan;
import io.lianxin.supervision.messaging.SupervisionEventMapper;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Annual plans in MongoDB; each write is the plan with its events (outbox). */
@Repository
public class MongoPlanStore implements PlanStore {

  private final MongoTemplate mongo;
  private final AggregateStore aggregates;

  public MongoPlanStore(MongoTemplate mongo, AggregateStore aggregates) {
    this.mongo = mongo;
    this.aggregates = aggregates;
  }

  @Override
  public Optional<Loaded<AnnualPlan>> find(String congressId, int year) {
    return Optional.ofNullable(mongo.findById(PlanDocument.idOf(congressId, year), PlanDocument.class))
        .map(d -> new Loaded<>(d.toPlan(), d.getVersion()));
  }

  @Override
  public Loaded<AnnualPlan> insert(AnnualPlan plan, CurrentUser actor) {
    return write(plan, null, actor);
  }

  @Override
  public Loaded<AnnualPlan> save(Loaded<AnnualPlan> plan, CurrentUser actor) {
    return write(plan.item(), plan.version(), actor);
  }

  private Loaded<AnnualPlan> write(AnnualPlan plan, Long version, CurrentUser actor) {
    PlanDocument doc = PlanDocument.of(plan, version);
    aggregates.save(doc, SupervisionEventMapper.forPlan(plan, plan.takeEvents(), actor));
    return new Loaded<>(plan, doc.getVersion());
  }
}
