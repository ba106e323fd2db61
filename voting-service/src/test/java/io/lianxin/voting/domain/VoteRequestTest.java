package io.lianxin.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The poll drafted for another service's request (supervision's satisfaction and score votes). */
class VoteRequestTest {

  static final Instant REQUESTED = Instant.parse("2027-03-01T00:00:00Z");
  static final Instant CLOSES = REQUESTED.plusSeconds(86_400);

  static VoteRequest request(Boolean secret, Boolean isPublic, Instant opensAt) {
    return new VoteRequest("req-1", "c1", "县住建局工作评议", List.of("工作态度", "办理实效"), List.of("D1", "D2", "D3"),
        secret, isPublic, opensAt, CLOSES, List.of(), null);
  }

  @Test
  void aSatisfactionRequestIsARatingPassedByMoreThanHalfOfTheValidVotesPublishedAtClose() {
    // given
    VoteRequest request = request(null, null, null);
    // when
    Poll.Draft draft = request.draft(VoteRequest.Kind.SATISFACTION, REQUESTED);
    // expect
    assertThat(draft).isEqualTo(new Poll.Draft(PollKind.SATISFACTION, "县住建局工作评议",
        new PollSpec(PollMethod.RATING, List.of("工作态度", "办理实效"), 3, PassingRule.majorityOfValidVotes(), null, 0, 2,
            50, 60),
        true, false, false, false, true, List.of("D1", "D2", "D3"), REQUESTED, CLOSES, "req-1", null, List.of(), null, null));
  }

  @Test
  void aScoreRequestIsScoredAndKeepsItsOwnScheduleAndVisibility() {
    // given
    Instant opens = REQUESTED.plusSeconds(3600);
    VoteRequest request = request(false, true, opens);
    // when
    Poll.Draft draft = request.draft(VoteRequest.Kind.SCORE, REQUESTED);
    // expect
    assertThat(draft.kind()).isEqualTo(PollKind.SCORE);
    assertThat(draft.spec()).isEqualTo(PollSpec.score(List.of("工作态度", "办理实效"), 3));
    assertThat(draft.spec().passScore()).isEqualTo(60);
    assertThat(draft.secret()).isFalse();
    assertThat(draft.isPublic()).isTrue();
    assertThat(draft.opensAt()).isEqualTo(opens);
  }

  @Test
  void aRequestWithoutItsIdTitleItemsRollOrClosingTimeIsNoRequest() {
    assertThatThrownBy(() -> new VoteRequest(null, "c1", "t", List.of("i"), List.of("D1"), null, null, null, CLOSES,
        null, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new VoteRequest("r", "c1", "t", null, List.of("D1"), null, null, null, CLOSES,
        null, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new VoteRequest("r", "c1", "t", List.of("i"), List.of("D1"), null, null, null, null,
        null, null)).isInstanceOf(NullPointerException.class);
  }
}
