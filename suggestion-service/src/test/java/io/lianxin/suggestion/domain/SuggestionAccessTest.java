package io.lianxin.suggestion.domain;

import static io.lianxin.suggestion.domain.Fixtures.*;
import static io.lianxin.suggestion.domain.SuggestionBuilder.aSuggestion;
import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who may see an item and who is who in it (访问规则); what the public may read. */
class SuggestionAccessTest {

  @Test
  void thePublicReadsPublishedItemsThatAreNotWithheld() {
    // given
    Suggestion published = aSuggestion().replied(ReplyCategory.A).build();
    published.evaluate(DEPUTY, Rating.SATISFIED, null, POLICY, day(22));
    Suggestion closedOnly = aSuggestion().replied(ReplyCategory.A).build();
    closedOnly.evaluate(DEPUTY, Rating.SATISFIED, null, POLICY, day(22));
    // when
    published.publish(STAFF, null, PersonalDataCheck.REFUSE_IF_FOUND, day(23));
    // expect
    assertThat(SuggestionAccess.isPublic(published)).isTrue();
    assertThat(SuggestionAccess.isPublic(closedOnly)).as("closed, not yet published").isFalse();
  }

  @Test
  void aLeaderWhoIsAlsoTheProposerOfTheRegisterDoesNotOpenTheDraftAsLeader() {
    // given: the vice-chair's sign-in as a leader names the deputy id of the register (D1), as a deputy's does
    Suggestion draft = aSuggestion().drafted().build();
    CurrentUser leaderAsD1 = user("leader", Role.LEADER, "D1", null);
    // expect: the draft is the deputy's own (their DEPUTY sign-in), not the leader's
    assertThat(SuggestionAccess.visibleTo(draft, DEPUTY)).isTrue();
    assertThat(SuggestionAccess.visibleTo(draft, leaderAsD1)).isFalse();
  }

  @Test
  void aWithheldItemIsNeverPublic() {
    // given
    Suggestion withheld = aSuggestion().replied(ReplyCategory.A).build();
    // when
    withheld.markNotPublic(STAFF, "涉及个人信息");
    // expect
    assertThat(SuggestionAccess.isPublic(withheld)).isFalse();
    assertThat(SuggestionAccess.PUBLIC_STATE).isEqualTo(SuggestionState.PUBLISHED);
  }

  @Test
  void theLeadUnitAndTheCoUnitsAreTold() {
    // given
    Suggestion s = aSuggestion().assigned().build(); // U1 leads, U2 co-handles
    // expect
    assertThat(SuggestionAccess.isLeadUnit(s, HANDLER)).isTrue();
    assertThat(SuggestionAccess.isLeadUnit(s, CO_UNIT)).isFalse();
    assertThat(SuggestionAccess.isCoUnit(s, CO_UNIT)).isTrue();
    assertThat(SuggestionAccess.isCoUnit(s, OTHER_UNIT)).isFalse();
    assertThat(SuggestionAccess.isLeadUnit(aSuggestion().submitted().build(), HANDLER)).as("not assigned").isFalse();
  }

  @Test
  void theProposerAndTheCoSignersAreInvolved() {
    // given
    Suggestion s = aSuggestion().coSignedBy("D2").build();
    // expect
    assertThat(SuggestionAccess.involvesDeputy(s, "D1")).isTrue();
    assertThat(SuggestionAccess.involvesDeputy(s, "D2")).isTrue();
    assertThat(SuggestionAccess.involvesDeputy(s, "D9")).isFalse();
    assertThat(SuggestionAccess.involvesDeputy(s, null)).isFalse();
  }

  @Test
  void aLeaderSeesOnlyTheKeyItemsTheySupervise() {
    // given
    Suggestion s = aSuggestion().assigned().build();
    // when
    s.markKey(STAFF, "leader");
    // expect
    assertThat(SuggestionAccess.onKeyWorklistOf(s, LEADER)).isTrue();
    assertThat(SuggestionAccess.onKeyWorklistOf(s, user("leader2", io.lianxin.chassis.domain.Role.LEADER, null, null)))
        .isFalse();
    assertThat(SuggestionAccess.onKeyWorklistOf(s, STAFF)).isTrue();
    assertThat(SuggestionAccess.onKeyWorklistOf(s, ADMIN)).isTrue();
  }

  @Test
  void theDeputiesOfAMergedItemFollowAndReadTheTarget() {
    // given
    Suggestion target = aSuggestion().withId("S7").assigned().build();
    Suggestion merged = aSuggestion().withId("S8").coSignedBy("D2").submitted().build();
    merged.mergeInto(STAFF, target, START);
    // when
    MergedItems intoTarget = MergedItems.into(target, List.of(merged));
    // expect
    assertThat(SuggestionAccess.visibleTo(target, CO_SIGNER)).as("not without the merge").isFalse();
    assertThat(SuggestionAccess.visibleTo(target, CO_SIGNER, intoTarget)).isTrue();
    assertThat(SuggestionAccess.visibleTo(target, OTHER_DEPUTY, intoTarget)).isFalse();
    assertThat(SuggestionAccess.visibleTo(target, OTHER_DEPUTY, MergedItems.none())).isFalse();
  }
}
