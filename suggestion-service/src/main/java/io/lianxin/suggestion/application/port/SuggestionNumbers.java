package io.lianxin.suggestion.application.port;

import io.lianxin.suggestion.domain.SuggestionKind;
import io.lianxin.suggestion.domain.SuggestionNumber;

/** Gap-free numbers per congress, kind and year (编号). */
public interface SuggestionNumbers {

  /** The item's number in its series; the same number again when asked again for the same item. */
  SuggestionNumber reserve(String congressId, SuggestionKind kind, int year, String suggestionId);

  /**
   * The item is durably stored with its number: the series need not remember it any more. Call only
   * after that save; a confirmation that never comes is made up by a scheduled check.
   */
  void confirm(String congressId, SuggestionNumber number, String suggestionId);
}
