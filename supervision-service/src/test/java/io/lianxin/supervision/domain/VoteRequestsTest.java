package io.lianxin.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.RuleViolationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The votes an aggregate asked for: numbered ids, only the last awaited, ended once, a count that never goes back. */
class VoteRequestsTest {

  static final Instant NOW = Instant.parse("2027-06-01T02:00:00Z");

  @Test
  void eachRequestIsNumberedAndOnlyTheLastIsAwaitedUntilItEnds() {
    // given
    VoteRequests first = VoteRequests.none().ask("opinion:o:round-1:", NOW.plusSeconds(60), NOW);
    // when
    VoteRequests second = first.ended().ask("opinion:o:round-1:", NOW.plusSeconds(60), NOW);
    // expect
    assertThat(first).isEqualTo(new VoteRequests("opinion:o:round-1:1", 1));
    assertThat(second).isEqualTo(new VoteRequests("opinion:o:round-1:2", 2));
    assertThat(second.awaits("opinion:o:round-1:1")).as("an earlier request").isFalse();
    assertThat(second.awaits("opinion:o:round-1:2")).isTrue();
    assertThat(second.ended()).isEqualTo(new VoteRequests(null, 2));
    assertThat(second.ended().awaits("opinion:o:round-1:2")).as("ended").isFalse();
    assertThat(VoteRequests.none().awaits(null)).isFalse();
  }

  @Test
  void aVoteMustCloseInTheFuture() {
    // expect
    assertThatThrownBy(() -> VoteRequests.none().ask("review:r:", NOW, NOW))
        .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("closesAt");
  }
}
