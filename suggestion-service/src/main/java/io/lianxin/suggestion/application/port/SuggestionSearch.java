package io.lianxin.suggestion.application.port;

import io.lianxin.suggestion.domain.Suggestion;
import io.lianxin.suggestion.domain.SuggestionCriteria;
import io.lianxin.suggestion.domain.SuggestionState;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The lists, worklists and reports read: items matching a {@link SuggestionCriteria}. */
public interface SuggestionSearch {

  /** A page of the items matching, newest submission first. */
  List<Suggestion> page(SuggestionCriteria criteria, int page, int size);

  /** A page of the items matching, the nearest reply due date (答复期限) first, then by number. */
  List<Suggestion> pageByReplyDeadline(SuggestionCriteria criteria, int page, int size);

  long count(SuggestionCriteria criteria);

  /** Every item matching; for sets known to be small (one congress, one state). */
  List<Suggestion> all(SuggestionCriteria criteria);

  /**
   * Every item matching, however many, for reading only: what reports never read (body, contacts,
   * opinions, notes) may be left out.
   */
  void forEachForReport(SuggestionCriteria criteria, Consumer<Suggestion> action);

  /** How many items each congress has in each state (congress id → state → count); states without items left out. */
  Map<String, Map<SuggestionState, Long>> countByCongressAndState();

  /** How many items each congress has overdue on {@code today} ({@link Suggestion#isOverdueOn}); congresses without left out. */
  Map<String, Long> countOverdueByCongress(LocalDate today);

  /** The item's audit trail (办理过程), oldest first; empty when there is no such item. */
  List<AuditLine> history(String id);
}
