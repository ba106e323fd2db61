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
  static final SuggestionPolicy POLICY = SuggestionPolicy.defaults();
  static final ZoneId ZONE = POLICY.zone();

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

  static Suggestion drafted(List<String> coSigners) {
    return Suggestion.draft("S1", DEPUTY, SuggestionKind.SUGGESTION, Session.RECESS, "关于修路的建议", "村道破损严重。",
        SuggestionCategory.TRANSPORT, coSigners, false, START);
  }

  static Suggestion submitted() {
    Suggestion s = drafted(List.of("D2"));
    s.confirmCoSignature(CO_SIGNER, START);
    s.submit(DEPUTY, CongressLevel.COUNTY, POLICY, number(1), START);
    return s;
  }

  static Suggestion assigned() {
    Suggestion s = submitted();
    s.register(STAFF, null, List.of());
    s.assign(STAFF, "U1", List.of("U2"), false, POLICY, START);
    return s;
  }

  static Suggestion inProgress() {
    Suggestion s = assigned();
    s.accept(HANDLER, "王承办", "李局长", day(1));
    return s;
  }

  static Suggestion replied(ReplyCategory category) {
    Suggestion s = inProgress();
    s.submitCoUnitOpinion(CO_UNIT, "同意", day(5));
    List<Suggestion.CommitmentDraft> commitments = category == ReplyCategory.B
        ? List.of(new Suggestion.CommitmentDraft("年内修复", LocalDate.of(2026, 12, 31))) : List.of();
    s.draftReply(HANDLER, category, "答复正文", category == ReplyCategory.C ? "资金不足" : null, commitments, null,
        POLICY, day(20));
    s.signReply(HEAD, POLICY, day(21));
    return s;
  }
}
