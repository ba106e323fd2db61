package io.lianxin.suggestion.persistence;

import io.lianxin.suggestion.application.port.AuditLine;
import io.lianxin.suggestion.application.port.SuggestionSearch;
import io.lianxin.suggestion.domain.Suggestion;
import io.lianxin.suggestion.domain.SuggestionCriteria;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Repository;

/** The searches over stored suggestions, as Mongo queries ({@link SuggestionCriteriaQuery}). */
@Repository
public class MongoSuggestionSearch implements SuggestionSearch {

  private final SuggestionRepository repository;

  public MongoSuggestionSearch(SuggestionRepository repository) {
    this.repository = repository;
  }

  @Override
  public List<Suggestion> page(SuggestionCriteria criteria, int page, int size) {
    return repository.find(SuggestionCriteriaQuery.of(criteria), page, size).stream()
        .map(SuggestionDocument::getItem).toList();
  }

  @Override
  public long count(SuggestionCriteria criteria) {
    return repository.count(SuggestionCriteriaQuery.of(criteria));
  }

  @Override
  public List<Suggestion> all(SuggestionCriteria criteria) {
    return repository.all(SuggestionCriteriaQuery.of(criteria)).stream().map(SuggestionDocument::getItem).toList();
  }

  @Override
  public void forEachForReport(SuggestionCriteria criteria, Consumer<Suggestion> action) {
    repository.forEach(SuggestionCriteriaQuery.of(criteria), true, doc -> action.accept(doc.getItem()));
  }

  @Override
  public List<AuditLine> history(String id) {
    return repository.find(id).map(doc -> doc.getHistory().stream()
        .map(h -> new AuditLine(h.eventId(), h.type(), h.at(), h.actorId(), h.actorRole(), h.summary())).toList())
        .orElse(List.of());
  }
}
