package io.lianxin.suggestion.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a deputy writes (建议/议案草稿): kind, session, title, body, category, the deputies asked to
 * co-sign, and for a motion whether a delegation proposes it (代表团提出). Start from
 * {@link #suggestion} or {@link #motion}; a suggestion is written between sessions unless
 * {@link #during} says otherwise.
 */
public record SuggestionDraft(SuggestionKind kind, Session session, String title, String body,
    SuggestionCategory category, List<String> coSignerDeputyIds, boolean byDelegation) {

  public SuggestionDraft {
    // the deputy ids are checked by the aggregate, blanks included; only the list itself is copied
    coSignerDeputyIds = coSignerDeputyIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(coSignerDeputyIds));
  }

  public static SuggestionDraft of(SuggestionKind kind, String title, String body, SuggestionCategory category) {
    return new SuggestionDraft(kind, Session.RECESS, title, body, category, List.of(), false);
  }

  public static SuggestionDraft suggestion(String title, String body, SuggestionCategory category) {
    return of(SuggestionKind.SUGGESTION, title, body, category);
  }

  public static SuggestionDraft motion(String title, String body, SuggestionCategory category) {
    return of(SuggestionKind.MOTION, title, body, category);
  }

  /** Written during the congress session (大会期间) or between sessions (闭会期间). */
  public SuggestionDraft during(Session when) {
    return new SuggestionDraft(kind, when, title, body, category, coSignerDeputyIds, byDelegation);
  }

  /** The deputies asked to co-sign (联名). */
  public SuggestionDraft coSignedBy(List<String> deputyIds) {
    return new SuggestionDraft(kind, session, title, body, category, deputyIds, byDelegation);
  }

  /** A motion proposed by a delegation, which needs no co-signers (ignored for a suggestion). */
  public SuggestionDraft byADelegation() {
    return new SuggestionDraft(kind, session, title, body, category, coSignerDeputyIds, true);
  }
}
