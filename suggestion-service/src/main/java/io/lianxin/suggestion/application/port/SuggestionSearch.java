package io.lianxin.suggestion.application.port;

import io.lianxin.suggestion.domain.Suggestion;
import io.lianxin.suggestion.domain.SuggestionCriteria;
import java.util.List;
import java.util.function.Consumer;

/** The lists, worklists and reports read: items matching a {@link SuggestionCriteria}. */
public interface SuggestionSearch {

  /** A page of the items matching, newest submission first. */
  List<Suggestion> page(SuggestionCriteria criteria, int page, int size);

  long count(SuggestionCriteria criteria);

  /** Every item matching; for sets known to be small (one congress, one state). */
  List<Suggestion> all(SuggestionCriteria criteria);

  /**
   * Every item matching, however many, for reading only: what reports never read (body, contacts,
   * opinions, notes) may be left out.
   */
  void forEachForReport(SuggestionCriteria criteria, Consumer<Suggestion> action);

  /** The item's audit trail (办理过程), oldest first; empty when there is no such item. */
  List<AuditLine> history(String id);
}
