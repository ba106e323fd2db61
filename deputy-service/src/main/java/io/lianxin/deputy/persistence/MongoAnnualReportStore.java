package io.lianxin.deputy.persistence;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.deputy.application.port.AnnualReportStore;
import io.lianxin.deputy.domain.AnnualReport;
import io.lianxin.deputy.messaging.WorkEventMapper;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Annual reports in MongoDB, keyed by congress, deputy and year. */
@Repository
public class MongoAnnualReportStore implements AnnualReportStore {

  private final MongoTemplate mongo;
  private final LocalAggregates writes;

  public MongoAnnualReportStore(MongoTemplate mongo, LocalAggregates writes) {
    this.mongo = mongo;
    this.writes = writes;
    mongo.indexOps(AnnualReportDocument.COLLECTION).createIndex(new Index().on("congressId", Sort.Direction.ASC)
        .on("deputyId", Sort.Direction.ASC));
  }

  @Override
  public Optional<Loaded<AnnualReport>> find(String congressId, String deputyId, int year) {
    return Optional.ofNullable(mongo.findById(AnnualReportDocument.idOf(congressId, deputyId, year),
        AnnualReportDocument.class)).map(doc -> new Loaded<>(doc.toReport(), doc.getVersion()));
  }

  @Override
  public List<AnnualReport> ofDeputy(String congressId, String deputyId) {
    return mongo.find(Query.query(Criteria.where("congressId").is(congressId).and("deputyId").is(deputyId))
        .with(Sort.by(Sort.Direction.DESC, "year")), AnnualReportDocument.class).stream()
        .map(AnnualReportDocument::toReport).toList();
  }

  @Override
  public Loaded<AnnualReport> insert(AnnualReport report, CurrentUser actor) {
    return new Loaded<>(report, writes.write(AnnualReportDocument.of(report, null),
        WorkEventMapper.forReport(report, report.takeEvents(), actor)));
  }

  @Override
  public Loaded<AnnualReport> save(Loaded<AnnualReport> report, CurrentUser actor) {
    return new Loaded<>(report.item(), writes.write(AnnualReportDocument.of(report.item(), report.version()),
        WorkEventMapper.forReport(report.item(), report.item().takeEvents(), actor)));
  }
}
