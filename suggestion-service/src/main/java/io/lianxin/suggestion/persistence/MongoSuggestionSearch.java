package io.lianxin.suggestion.persistence;

import io.lianxin.suggestion.application.port.AuditLine;
import io.lianxin.suggestion.application.port.SuggestionSearch;
import io.lianxin.suggestion.domain.Suggestion;
import io.lianxin.suggestion.domain.SuggestionCriteria;
import io.lianxin.suggestion.domain.SuggestionState;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

/** The searches over stored suggestions, as Mongo queries ({@link SuggestionCriteriaQuery}). */
@Repository
public class MongoSuggestionSearch implements SuggestionSearch {

  /** The nearest reply due date first, then by number; {@code _id} last keeps pages stable. */
  private static final Sort NEAREST_REPLY_DEADLINE_FIRST = Sort.by(Sort.Direction.ASC, "item.replyDueDate",
      "item.number.year", "item.number.sequence", "_id");

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
  public List<Suggestion> pageByReplyDeadline(SuggestionCriteria criteria, int page, int size) {
    return repository.find(SuggestionCriteriaQuery.of(criteria), NEAREST_REPLY_DEADLINE_FIRST, page, size).stream()
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
  public Map<String, Map<SuggestionState, Long>> countByCongressAndState() {
    Map<String, Map<SuggestionState, Long>> counts = new TreeMap<>();
    repository.countBy(new Criteria(), "congressId", "state").forEach((key, n) -> counts
        .computeIfAbsent(key.get(0), c -> new EnumMap<>(SuggestionState.class))
        .put(SuggestionState.valueOf(key.get(1)), n));
    return counts;
  }

  @Override
  public Map<String, Long> countOverdueByCongress(LocalDate today) {
    // Suggestion.isOverdueOn as a query: a handling state, and the reply due date before today
    Criteria overdue = Criteria.where("item.state").in(SuggestionState.HANDLING.stream().map(Enum::name).toList())
        .and("item.replyDueDate").lt(today);
    Map<String, Long> counts = new TreeMap<>();
    repository.countBy(overdue, "congressId").forEach((key, n) -> counts.put(key.get(0), n));
    return counts;
  }

  @Override
  public List<AuditLine> history(String id) {
    return repository.find(id).map(doc -> doc.getHistory().stream()
        .map(h -> new AuditLine(h.eventId(), h.type(), h.at(), h.actorId(), h.actorRole(), h.summary())).toList())
        .orElse(List.of());
  }
}
