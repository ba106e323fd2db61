package io.lianxin.suggestion.persistence;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.outbox.AggregateStore;
import io.lianxin.suggestion.application.port.DeadlineCandidates;
import io.lianxin.suggestion.application.port.SuggestionStore;
import io.lianxin.suggestion.domain.DeadlineSchedule;
import io.lianxin.suggestion.domain.Suggestion;
import io.lianxin.suggestion.messaging.SuggestionEventMapper;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Repository;

/**
 * Suggestions in MongoDB: the item under {@code item}, its events staged in the same write
 * (AggregateStore, ADR 0003), and the day the deadline engine should next look at it.
 */
@Repository
public class MongoSuggestionStore implements SuggestionStore, DeadlineCandidates {

  private final SuggestionRepository repository;
  private final AggregateStore store;
  private final DeadlineSchedule schedule;

  public MongoSuggestionStore(SuggestionRepository repository, AggregateStore store, DeadlineSchedule schedule) {
    this.repository = repository;
    this.store = store;
    this.schedule = schedule;
  }

  @Override
  public Optional<Loaded<Suggestion>> find(String id) {
    return repository.find(id).map(MongoSuggestionStore::loaded);
  }

  @Override
  public Loaded<Suggestion> save(Loaded<Suggestion> loaded, CurrentUser actor) {
    return write(loaded.item(), loaded.version(), schedule.nextCheck(loaded.item()), actor);
  }

  @Override
  public Loaded<Suggestion> insert(Suggestion suggestion, CurrentUser actor) {
    return write(suggestion, null, schedule.nextCheck(suggestion), actor);
  }

  @Override
  public void forEachDueBy(LocalDate today, Consumer<Loaded<Suggestion>> action) {
    repository.forEach(SuggestionCriteriaQuery.deadlineCandidates(today), false, doc -> action.accept(loaded(doc)));
  }

  @Override
  public void saveHandled(Loaded<Suggestion> loaded, LocalDate handledOn) {
    write(loaded.item(), loaded.version(), schedule.nextCheckAfter(loaded.item(), handledOn), null);
  }

  private Loaded<Suggestion> write(Suggestion s, Long version, LocalDate nextCheck, CurrentUser actor) {
    SuggestionDocument doc = SuggestionDocument.of(s);
    doc.setVersion(version);
    doc.setNextDeadlineCheck(nextCheck);
    store.save(doc, SuggestionEventMapper.toPending(s, s.takeEvents(), actor));
    return loaded(doc);
  }

  private static Loaded<Suggestion> loaded(SuggestionDocument doc) {
    return new Loaded<>(doc.getItem(), doc.getVersion());
  }
}
