package io.lianxin.suggestion.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which items a list, worklist or report reads (查询条件), always within one congress; every
 * condition given must hold. Start from {@link #inCongress}.
 *
 * @param involvedDeputyId the proposer, a co-signer or a deputy of the item's working group (督办专班)
 * @param involvedUnitId the lead unit or a co-unit
 * @param leadUnitId the lead unit
 * @param numberedOnly only items that were submitted (a draft never submitted has no number)
 * @param states one of these states (empty: any)
 * @param numberYear numbered in this year
 * @param keyOnly only key items (重点督办)
 * @param commitmentStatuses with a commitment in one of these statuses (empty: no condition)
 * @param withCommitmentsOnly only items whose replies made commitments
 * @param lookBackOnly only items under look-back (回头看)
 * @param publicOnly only what the public may read ({@link SuggestionAccess#isPublic})
 * @param text the title or body contains it, ignoring case (of published items: the public version's)
 * @param mergedIntoId merged into this item (合并办理)
 * @param linkingToId linking to this item: its {@code linkedIds} name it (关联件, {@link LinkedItems})
 * @param ledOrRepliedByUnitId the lead unit now, or a unit that signed one of its replies
 * @param replyDueBefore the reply's due date (答复期限) is before this day
 */
public record SuggestionCriteria(String congressId, String involvedDeputyId, String involvedUnitId, String leadUnitId,
    boolean numberedOnly, Set<SuggestionState> states, SuggestionCategory category, Integer numberYear,
    boolean keyOnly, Set<Commitment.Status> commitmentStatuses, boolean withCommitmentsOnly, boolean lookBackOnly,
    boolean publicOnly, String text, String mergedIntoId, String linkingToId,
    String ledOrRepliedByUnitId, LocalDate replyDueBefore) {

  public SuggestionCriteria {
    states = Set.copyOf(states);
    commitmentStatuses = Set.copyOf(commitmentStatuses);
  }

  public static Builder inCongress(String congressId) {
    return new Builder(congressId);
  }

  /** Builds a criteria record; a null argument adds no condition. */
  public static final class Builder {
    private final String congressId;
    private String involvedDeputyId;
    private String involvedUnitId;
    private String leadUnitId;
    private boolean numberedOnly;
    private Set<SuggestionState> states = Set.of();
    private SuggestionCategory category;
    private Integer numberYear;
    private boolean keyOnly;
    private Set<Commitment.Status> commitmentStatuses = Set.of();
    private boolean withCommitmentsOnly;
    private boolean lookBackOnly;
    private boolean publicOnly;
    private String text;
    private String mergedIntoId;
    private String linkingToId;
    private String ledOrRepliedByUnitId;
    private LocalDate replyDueBefore;

    private Builder(String congressId) {
      this.congressId = congressId;
    }

    public Builder involvingDeputy(String deputyId) { involvedDeputyId = deputyId; return this; }
    public Builder involvingUnit(String unitId) { involvedUnitId = unitId; return this; }
    public Builder ledBy(String unitId) { leadUnitId = unitId; return this; }
    public Builder numbered() { numberedOnly = true; return this; }
    public Builder inStates(Set<SuggestionState> any) { states = any; return this; }
    public Builder inState(SuggestionState state) { return state == null ? this : inStates(Set.of(state)); }
    public Builder inCategory(SuggestionCategory c) { category = c; return this; }
    public Builder numberedIn(int year) { numberYear = year; return this; }
    public Builder keyItems() { keyOnly = true; return this; }
    public Builder withCommitmentIn(Set<Commitment.Status> any) { commitmentStatuses = any; return this; }
    public Builder withCommitments() { withCommitmentsOnly = true; return this; }
    public Builder underLookBack() { lookBackOnly = true; return this; }
    public Builder publicOnly() { publicOnly = true; return this; }
    public Builder ledOrRepliedBy(String unitId) { ledOrRepliedByUnitId = unitId; return this; }
    public Builder mergedInto(String targetId) { mergedIntoId = targetId; return this; }
    public Builder linkingTo(String itemId) { linkingToId = itemId; return this; }
    public Builder replyDueBefore(LocalDate day) { replyDueBefore = day; return this; }
    public Builder matching(String words) { text = words == null || words.isBlank() ? null : words.strip(); return this; }

    public SuggestionCriteria build() {
      return new SuggestionCriteria(congressId, involvedDeputyId, involvedUnitId, leadUnitId, numberedOnly, states,
          category, numberYear, keyOnly, commitmentStatuses, withCommitmentsOnly, lookBackOnly, publicOnly, text,
          mergedIntoId, linkingToId, ledOrRepliedByUnitId, replyDueBefore);
    }
  }
}
