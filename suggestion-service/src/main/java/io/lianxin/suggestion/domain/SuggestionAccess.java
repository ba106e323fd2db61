package io.lianxin.suggestion.domain;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Role;

/**
 * Who may see a suggestion, and who is who in it (访问规则). Searches state the same rules as
 * criteria; these are their definitions.
 */
public final class SuggestionAccess {

  /** The state of an item the public may read — when it is not withheld ({@link #isPublic}). */
  public static final SuggestionState PUBLIC_STATE = SuggestionState.PUBLISHED;

  private SuggestionAccess() {}

  /**
   * Who may see the item: the proposer and co-signers; the deputies of a key item's working group
   * (督办专班); the committee office, leaders and admins of its congress once it has been submitted;
   * the units it is assigned to. Other congresses never.
   */
  public static boolean visibleTo(Suggestion s, CurrentUser user) {
    if (!s.congressId().equals(user.congressId())) {
      return false;
    }
    // as a deputy only: a leader's sign-in names their deputy id too (the register's), but not to open their drafts
    if (user.has(Role.DEPUTY) && (involvesDeputy(s, user.deputyId()) || inWorkingGroup(s, user.deputyId()))) {
      return true;
    }
    if (user.hasAny(Role.COMMITTEE_STAFF, Role.LEADER, Role.ADMIN)) {
      return s.number() != null; // a draft never submitted is the deputy's own
    }
    return user.hasAny(Role.UNIT_HANDLER, Role.UNIT_HEAD) && s.assignment() != null
        && s.assignment().involves(user.unitId());
  }

  /**
   * Who may see the item, counting the deputies who follow it because their own item was merged
   * into it ({@link MergedItems}): {@link #visibleTo(Suggestion, CurrentUser)}, or a deputy of the
   * same congress following it.
   */
  public static boolean visibleTo(Suggestion s, CurrentUser user, MergedItems mergedIntoIt) {
    return visibleTo(s, user) || (s.congressId().equals(user.congressId()) && user.has(Role.DEPUTY)
        && mergedIntoIt.followedBy(user.deputyId()));
  }

  /** Whether this deputy proposed or is named to co-sign it. */
  public static boolean involvesDeputy(Suggestion s, String deputyId) {
    return deputyId != null && (deputyId.equals(s.proposerDeputyId()) || s.coSignerDeputyIds().contains(deputyId));
  }

  /** Whether this deputy is in the key item's working group (督办专班/调研组). */
  public static boolean inWorkingGroup(Suggestion s, String deputyId) {
    return deputyId != null && s.workingGroupDeputyIds().contains(deputyId);
  }

  /** Whether the user's unit leads the handling (主办单位). */
  public static boolean isLeadUnit(Suggestion s, CurrentUser user) {
    return s.assignment() != null && s.assignment().leadUnitId().equals(user.unitId());
  }

  /** Whether the user's unit is a co-unit (协办单位). */
  public static boolean isCoUnit(Suggestion s, CurrentUser user) {
    return s.assignment() != null && s.assignment().coUnitIds().contains(user.unitId());
  }

  /** What the public may read (公开): published, and not withheld from publication (不予公开). */
  public static boolean isPublic(Suggestion s) {
    return s.state() == PUBLIC_STATE && !s.notPublic();
  }

  /**
   * Whether a key item is on the user's key worklist: a leader sees the items they supervise;
   * the committee office and admins see all.
   */
  public static boolean onKeyWorklistOf(Suggestion s, CurrentUser user) {
    return !user.has(Role.LEADER) || user.hasAny(Role.COMMITTEE_STAFF, Role.ADMIN)
        || s.isSupervisingLeader(user);
  }
}
