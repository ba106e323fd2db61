package io.lianxin.suggestion.domain;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Actors and a moving clock for domain tests. */
final class Fixtures {

  static final String CONGRESS = "C1";
  /** The congress's zone as {@code lianxin.zone} ships it. */
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final SuggestionPolicy POLICY = SuggestionPolicy.defaults(ZONE);
  /** Replies go to the deputies as the unit head signs them: the committee's review is off for {@link #CONGRESS}. */
  static final ReplyReviewScope NO_REVIEW = ReplyReviewScope.offFor(CONGRESS);
  /** The committee reviews every signed reply (the default). */
  static final ReplyReviewScope REVIEW = ReplyReviewScope.everywhere();

  static final CurrentUser DEPUTY = user("d1", Role.DEPUTY, "D1", null);
  static final CurrentUser CO_SIGNER = user("d2", Role.DEPUTY, "D2", null);
  static final CurrentUser OTHER_DEPUTY = user("d9", Role.DEPUTY, "D9", null);
  static final CurrentUser STAFF = user("staff", Role.COMMITTEE_STAFF, null, null);
  static final CurrentUser LEADER = user("leader", Role.LEADER, null, null);
  static final CurrentUser HANDLER = user("handler", Role.UNIT_HANDLER, null, "U1");
  static final CurrentUser HEAD = user("head", Role.UNIT_HEAD, null, "U1");
  static final CurrentUser CO_UNIT = user("co", Role.UNIT_HANDLER, null, "U2");
  static final CurrentUser OTHER_UNIT = user("other", Role.UNIT_HANDLER, null, "U9");
  static final CurrentUser ADMIN = user("admin", Role.ADMIN, null, null);
  static final List<CurrentUser> EVERYONE =
      List.of(DEPUTY, CO_SIGNER, OTHER_DEPUTY, STAFF, LEADER, HANDLER, HEAD, CO_UNIT, OTHER_UNIT, ADMIN);

  /** 2026-03-02 (a Monday) 09:00 in Beijing. */
  static final Instant START = LocalDate.of(2026, 3, 2).atTime(9, 0).atZone(ZONE).toInstant();

  static CurrentUser user(String subject, Role role, String deputyId, String unitId) {
    return new CurrentUser(subject, subject, Set.of(role), CONGRESS, deputyId, unitId);
  }

  static Instant day(int daysAfterStart) {
    return START.plusSeconds(86_400L * daysAfterStart);
  }

  static SuggestionNumber number(int n) {
    return new SuggestionNumber(2026, SuggestionKind.SUGGESTION, n);
  }

  /**
   * A register extract of congress C1: the party committee's and the government's offices as units
   * (U-party, U-gov), a unit that left (U-left); deputies D3 and D4 active, D-left gone.
   */
  static RegisterExtract register() {
    return new RegisterExtract(CONGRESS, java.util.Map.of(
        "D3", new RegisteredDeputy("D3", CONGRESS, "代表 丙", true, null, false),
        "D4", new RegisteredDeputy("D4", CONGRESS, "代表 丁", true, null, false),
        "D-left", new RegisteredDeputy("D-left", CONGRESS, "代表 离任", false, null, false)), java.util.Map.of(
        "U-party", new RegisteredUnit("U-party", CONGRESS, "县委办公室", true, null),
        "U-gov", new RegisteredUnit("U-gov", CONGRESS, "县人民政府办公室", true, null),
        "U-left", new RegisteredUnit("U-left", CONGRESS, "已撤销单位", false, null)));
  }

  static Suggestion drafted(List<String> coSigners) {
    return SuggestionBuilder.aSuggestion().coSignedBy(coSigners.toArray(String[]::new)).build();
  }

  static Suggestion submitted() {
    return SuggestionBuilder.aSuggestion().coSignedBy("D2").submitted().build();
  }

  static Suggestion assigned() {
    return SuggestionBuilder.aSuggestion().coSignedBy("D2").assigned().build();
  }

  static Suggestion inProgress() {
    return SuggestionBuilder.aSuggestion().coSignedBy("D2").inProgress().build();
  }

  static Suggestion replied(ReplyCategory category) {
    return SuggestionBuilder.aSuggestion().coSignedBy("D2").replied(category).build();
  }
}
