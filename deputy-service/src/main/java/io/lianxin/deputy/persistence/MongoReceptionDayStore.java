package io.lianxin.deputy.persistence;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.deputy.application.port.ReceptionDayStore;
import io.lianxin.deputy.domain.ReceptionDay;
import io.lianxin.deputy.messaging.WorkEventMapper;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Reception days in MongoDB, found by (congressId, year, quarter) and by a deputy on duty. */
@Repository
public class MongoReceptionDayStore implements ReceptionDayStore {

  private final MongoTemplate mongo;
  private final LocalAggregates writes;

  public MongoReceptionDayStore(MongoTemplate mongo, LocalAggregates writes) {
    this.mongo = mongo;
    this.writes = writes;
    mongo.indexOps(ReceptionDayDocument.COLLECTION).createIndex(new Index().on("congressId", Sort.Direction.ASC)
        .on("year", Sort.Direction.ASC).on("quarter", Sort.Direction.ASC));
    mongo.indexOps(ReceptionDayDocument.COLLECTION).createIndex(new Index().on("congressId", Sort.Direction.ASC)
        .on("deputyIds", Sort.Direction.ASC));
  }

  @Override
  public Optional<Loaded<ReceptionDay>> find(String congressId, String dayId) {
    return Optional.ofNullable(mongo.findById(DeputyDocument.idOf(congressId, dayId), ReceptionDayDocument.class))
        .map(doc -> new Loaded<>(doc.toDay(), doc.getVersion()));
  }

  @Override
  public List<ReceptionDay> inQuarter(String congressId, int year, int quarter, int limit) {
    return find(Criteria.where("congressId").is(congressId).and("year").is(year).and("quarter").is(quarter), limit);
  }

  @Override
  public List<ReceptionDay> ofDeputy(String congressId, String deputyId, int year, int limit) {
    return find(Criteria.where("congressId").is(congressId).and("year").is(year).and("deputyIds").is(deputyId), limit);
  }

  private List<ReceptionDay> find(Criteria criteria, int limit) {
    return mongo.find(Query.query(criteria).with(Sort.by("date", "dayId")).limit(limit), ReceptionDayDocument.class)
        .stream().map(ReceptionDayDocument::toDay).toList();
  }

  @Override
  public Loaded<ReceptionDay> insert(ReceptionDay day, CurrentUser actor) {
    return new Loaded<>(day, writes.write(ReceptionDayDocument.of(day, null),
        WorkEventMapper.forDay(day, day.takeEvents(), actor)));
  }

  @Override
  public Loaded<ReceptionDay> save(Loaded<ReceptionDay> day, CurrentUser actor) {
    return new Loaded<>(day.item(), writes.write(ReceptionDayDocument.of(day.item(), day.version()),
        WorkEventMapper.forDay(day.item(), day.item().takeEvents(), actor)));
  }
}
