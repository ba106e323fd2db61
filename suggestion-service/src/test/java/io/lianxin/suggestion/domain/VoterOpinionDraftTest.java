package io.lianxin.suggestion.domain;

import static io.lianxin.suggestion.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.ForbiddenException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12: a voter's opinion a deputy took up at a station becomes that deputy's draft (代表领办群众意见). */
class VoterOpinionDraftTest {

  static final LocalDate RECEIVED = LocalDate.of(2026, 2, 27);

  static TakenUpOpinion opinion(String deputyId) {
    return new TakenUpOpinion("7K3M9QXR2A", CONGRESS, "S-chengguan", "RD-2026-02-27", deputyId,
        "关于人民路老旧小区加装电梯的建议", "  人民路 12 号小区六层无电梯，老人上下楼困难。 ", RECEIVED, RECEIVED.plusDays(2));
  }

  @Test
  void theOpinionBecomesTheDeputysDraftWithWhereItCameFrom() {
    // given
    TakenUpOpinion taken = opinion(DEPUTY.deputyId());
    // when
    Suggestion s = Suggestion.fromVoterOpinion("S-opinion", taken, START);
    // expect
    assertThat(s.state()).isEqualTo(SuggestionState.DRAFT);
    assertThat(s.congressId()).isEqualTo(CONGRESS);
    assertThat(s.kind()).isEqualTo(SuggestionKind.SUGGESTION);
    assertThat(s.proposerDeputyId()).isEqualTo("D1");
    assertThat(s.title()).isEqualTo("关于人民路老旧小区加装电梯的建议");
    assertThat(s.body()).startsWith("人民路 12 号小区六层无电梯");
    assertThat(s.category()).isEqualTo(SuggestionCategory.OTHER);
    assertThat(s.number()).isNull();
    assertThat(s.origin()).isEqualTo(new DraftOrigin(DraftOrigin.Kind.VOTER_OPINION, "7K3M9QXR2A", "S-chengguan", RECEIVED));
    assertThat(s.takeEvents()).containsExactly(new SuggestionEvent.Drafted(Session.RECESS));
  }

  @Test
  void itIsTheDeputysOwnUntilSubmittedAndKeepsItsOriginWhenEditedAndSubmitted() {
    // given
    Suggestion s = Suggestion.fromVoterOpinion("S-opinion", opinion(DEPUTY.deputyId()), START);
    s.takeEvents();
    // when / expect: only the deputy reads and edits it
    assertThat(SuggestionAccess.visibleTo(s, DEPUTY)).isTrue();
    assertThat(SuggestionAccess.visibleTo(s, STAFF)).as("a draft never submitted is the deputy's own").isFalse();
    assertThatThrownBy(() -> s.edit(OTHER_DEPUTY, SuggestionDraft.suggestion("t", "b", SuggestionCategory.HOUSING)))
        .isInstanceOf(ForbiddenException.class);
    s.edit(DEPUTY, SuggestionDraft.suggestion("关于加装电梯的建议", s.body() + "\n建议财政予以补贴。", SuggestionCategory.HOUSING)
        .coSignedBy(List.of("D2")));
    s.confirmCoSignature(CO_SIGNER, START);
    s.submit(DEPUTY, CongressLevel.COUNTY, POLICY, number(7), day(1));
    // expect
    assertThat(s.state()).isEqualTo(SuggestionState.SUBMITTED);
    assertThat(s.category()).isEqualTo(SuggestionCategory.HOUSING);
    assertThat(s.coSignerDeputyIds()).containsExactly("D2");
    assertThat(s.origin().trackingCode()).isEqualTo("7K3M9QXR2A");
    assertThat(SuggestionAccess.visibleTo(s, STAFF)).isTrue();
  }

  @Test
  void anOpinionWithoutItsRequiredFactsIsNotRead() {
    // given / when / expect
    assertThatThrownBy(() -> new TakenUpOpinion("7K3M9QXR2A", CONGRESS, "S-chengguan", "RD-1", null, "题目", "内容",
        RECEIVED, RECEIVED)).isInstanceOf(NullPointerException.class).hasMessageContaining("deputyId");
    assertThatThrownBy(() -> new TakenUpOpinion("7K3M9QXR2A", CONGRESS, "S-chengguan", "RD-1", "D1", "题目", "内容",
        null, RECEIVED)).hasMessageContaining("receivedOn");
  }
}
