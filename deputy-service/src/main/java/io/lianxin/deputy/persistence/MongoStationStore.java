package io.lianxin.deputy.persistence;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.outbox.AggregateStore;
import io.lianxin.deputy.application.port.StationStore;
import io.lianxin.deputy.domain.Station;
import io.lianxin.deputy.domain.StationStatus;
import io.lianxin.deputy.messaging.RegisterEventMapper;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Homes and stations in MongoDB; each write is the station with its events mapped to the contract (outbox). */
@Repository
public class MongoStationStore implements StationStore {

  private final MongoTemplate mongo;
  private final AggregateStore aggregates;

  public MongoStationStore(MongoTemplate mongo, AggregateStore aggregates) {
    this.mongo = mongo;
    this.aggregates = aggregates;
    RegisterQueries.declareIndex(mongo, StationDocument.COLLECTION, "stationId");
  }

  @Override
  public Optional<Loaded<Station>> find(String congressId, String stationId) {
    return Optional.ofNullable(mongo.findById(DeputyDocument.idOf(congressId, stationId), StationDocument.class))
        .map(doc -> new Loaded<>(doc.toStation(), doc.getVersion()));
  }

  @Override
  public List<Station> list(String congressId, StationStatus status, int page, int size) {
    return mongo.find(RegisterQueries.page(RegisterQueries.inCongress(congressId, status), "stationId", page, size),
        StationDocument.class).stream().map(StationDocument::toStation).toList();
  }

  @Override
  public long count(String congressId, StationStatus status) {
    return mongo.count(RegisterQueries.inCongress(congressId, status), StationDocument.class);
  }

  @Override
  public Loaded<Station> insert(Station station, CurrentUser actor) {
    return write(station, null, actor);
  }

  @Override
  public Loaded<Station> save(Loaded<Station> station, CurrentUser actor) {
    return write(station.item(), station.version(), actor);
  }

  private Loaded<Station> write(Station station, Long version, CurrentUser actor) {
    StationDocument doc = StationDocument.of(station, version);
    aggregates.save(doc, RegisterEventMapper.forStation(station, station.takeEvents(), actor));
    return new Loaded<>(station, doc.getVersion());
  }
}
