package io.lianxin.voting.persistence;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.outbox.AggregateStore;
import io.lianxin.voting.application.port.ProgrammeStore;
import io.lianxin.voting.domain.Programme;
import io.lianxin.voting.messaging.VotingEventMapper;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Programmes in MongoDB: each write is the programme with its events mapped to the contract. */
@Repository
public class MongoProgrammeStore implements ProgrammeStore {

  private final AggregateStore aggregates;
  private final VotingRepository repository;

  public MongoProgrammeStore(AggregateStore aggregates, VotingRepository repository) {
    this.aggregates = aggregates;
    this.repository = repository;
  }

  @Override
  public Optional<Loaded<Programme>> find(String id) {
    return repository.programme(id).map(d -> new Loaded<>(d.getProgramme(), d.getVersion()));
  }

  @Override
  public List<Programme> list(String congressId, int page, int size) {
    return repository.programmes(congressId, page, size).stream().map(ProgrammeDocument::getProgramme).toList();
  }

  @Override
  public Optional<Programme> ofYear(String congressId, int year) {
    return repository.programmeOfYear(congressId, year).map(ProgrammeDocument::getProgramme);
  }

  @Override
  public long count(String congressId) {
    return repository.countProgrammes(congressId);
  }

  @Override
  public Loaded<Programme> insert(Programme programme, CurrentUser actor) {
    return write(ProgrammeDocument.of(programme), actor);
  }

  @Override
  public Loaded<Programme> save(Loaded<Programme> loaded, CurrentUser actor) {
    ProgrammeDocument doc = ProgrammeDocument.of(loaded.item());
    doc.setVersion(loaded.version());
    return write(doc, actor);
  }

  private Loaded<Programme> write(ProgrammeDocument doc, CurrentUser actor) {
    Programme programme = doc.getProgramme();
    aggregates.save(doc, VotingEventMapper.forProgramme(programme, programme.takeEvents(), actor));
    return new Loaded<>(programme, doc.getVersion());
  }
}
