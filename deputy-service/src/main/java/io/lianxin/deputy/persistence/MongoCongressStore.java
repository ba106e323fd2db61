package io.lianxin.deputy.persistence;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.outbox.AggregateStore;
import io.lianxin.deputy.application.port.CongressStore;
import io.lianxin.deputy.domain.Congress;
import io.lianxin.deputy.messaging.RegisterEventMapper;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Congresses in MongoDB, keyed by their id; each write is the entry with its events (outbox). */
@Repository
public class MongoCongressStore implements CongressStore {

  private final MongoTemplate mongo;
  private final AggregateStore aggregates;

  public MongoCongressStore(MongoTemplate mongo, AggregateStore aggregates) {
    this.mongo = mongo;
    this.aggregates = aggregates;
    mongo.indexOps(CongressDocument.COLLECTION).createIndex(new Index().on("parentCongressId", Sort.Direction.ASC)
        .on("congressId", Sort.Direction.ASC));
  }

  @Override
  public Optional<Loaded<Congress>> find(String congressId) {
    return Optional.ofNullable(mongo.findById(congressId, CongressDocument.class))
        .map(doc -> new Loaded<>(doc.toCongress(), doc.getVersion()));
  }

  @Override
  public List<Congress> list(String parentCongressId, int page, int size) {
    return mongo.find(RegisterQueries.page(below(parentCongressId), "congressId", page, size), CongressDocument.class)
        .stream().map(CongressDocument::toCongress).toList();
  }

  @Override
  public long count(String parentCongressId) {
    return mongo.count(below(parentCongressId), CongressDocument.class);
  }

  @Override
  public List<String> childrenOf(String congressId, int limit) {
    return mongo.find(RegisterQueries.page(below(congressId), "congressId", 0, limit), CongressDocument.class)
        .stream().map(doc -> doc.congressId).toList();
  }

  private static Query below(String parentCongressId) {
    return parentCongressId == null ? new Query() : Query.query(Criteria.where("parentCongressId").is(parentCongressId));
  }

  @Override
  public Loaded<Congress> insert(Congress congress, CurrentUser actor) {
    return write(congress, null, actor);
  }

  @Override
  public Loaded<Congress> save(Loaded<Congress> congress, CurrentUser actor) {
    return write(congress.item(), congress.version(), actor);
  }

  private Loaded<Congress> write(Congress congress, Long version, CurrentUser actor) {
    CongressDocument doc = CongressDocument.of(congress, version);
    aggregates.save(doc, RegisterEventMapper.forCongress(congress, congress.takeEvents(), actor));
    return new Loaded<>(congress, doc.getVersion());
  }
}
