package io.lianxin.deputy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of the working bodies of the standing committee (工委), given / when / expect. */
class WorkingBodyTest {

  static final LocalDate TERM_START = LocalDate.of(2026, 1, 10);

  static WorkingBody.Details deputyAffairs(String head, String... members) {
    return new WorkingBody.Details("选任代工委", WorkingBodyKind.DEPUTY_AFFAIRS, head, List.of(members));
  }

  static Deputy deputy(String id, StandingCommitteeRole role) {
    return Deputy.restore("C", id, DeputyDetails.builder("代表 " + id, TERM_START).standingCommitteeRole(role).build(),
        DeputyStatus.ACTIVE, null, null);
  }

  static WorkingBody registered() {
    WorkingBody body = WorkingBody.register("C", "W-1", deputyAffairs("D-head", "D-1"));
    body.takeEvents();
    return body;
  }

  @Test
  void aBodyIsRegisteredActiveAndAnUpdateNamesWhatChangedWhateverTheMembersOrder() {
    // given
    WorkingBody body = WorkingBody.register("C", "W-1", deputyAffairs("D-head", "D-2", "D-1"));
    // when
    body.update(deputyAffairs("D-head", "D-1", "D-2"));
    body.update(deputyAffairs("D-head", "D-1", "D-3"));
    body.update(new WorkingBody.Details("代表工委", WorkingBodyKind.DEPUTY_AFFAIRS, "D-other", List.of("D-1", "D-3")));
    // expect
    assertThat(body.takeEvents()).containsExactly(new RegisterEvent.WorkingBodyRegistered(),
        new RegisterEvent.WorkingBodyUpdated(List.of("memberDeputyIds")),
        new RegisterEvent.WorkingBodyUpdated(List.of("name", "headDeputyId")));
    assertThat(body.status()).isEqualTo(WorkingBodyStatus.ACTIVE);
    assertThat(body.details().memberDeputyIds()).containsExactly("D-1", "D-3");
  }

  @Test
  void theHeadMustBeAnActiveDeputyOnTheStandingCommittee() {
    // given
    WorkingBody.Details entry = deputyAffairs("D-head", "D-1");
    Deputy notOnTheCommittee = deputy("D-head", null);
    Deputy departed = deputy("D-head", StandingCommitteeRole.MEMBER);
    departed.leave(DepartureReason.RESIGNED, LocalDate.of(2026, 6, 1));
    // when / expect
    assertThatThrownBy(() -> WorkingBody.requireFromRegister(entry, notOnTheCommittee, Set.of("D-1")))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("the head must be on the standing committee")
        .extracting(e -> ((RuleViolationException) e).field()).isEqualTo("headDeputyId");
    assertThatThrownBy(() -> WorkingBody.requireFromRegister(entry, departed, Set.of("D-1")))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("no active deputy D-head");
    assertThatThrownBy(() -> WorkingBody.requireFromRegister(entry, null, Set.of("D-1")))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("no active deputy D-head");
    assertThatCode(() -> WorkingBody.requireFromRegister(entry, deputy("D-head", StandingCommitteeRole.VICE_CHAIR),
        Set.of("D-1"))).doesNotThrowAnyException();
  }

  @Test
  void everyMemberMustBeAnActiveDeputyOfTheRegisterAndTheOthersAreNamed() {
    // given
    WorkingBody.Details entry = deputyAffairs("D-head", "D-1", "D-9", "D-8");
    // when / expect
    assertThatThrownBy(() -> WorkingBody.requireFromRegister(entry, deputy("D-head", StandingCommitteeRole.MEMBER),
        Set.of("D-1"))).isInstanceOf(RuleViolationException.class).hasMessageContaining("D-8, D-9")
        .extracting(e -> ((RuleViolationException) e).field()).isEqualTo("memberDeputyIds");
  }

  @Test
  void aMemberIsListedOnceAndTheHeadNotAmongThem() {
    // when / expect
    assertThatThrownBy(() -> deputyAffairs("D-head", "D-1", "D-2", "D-1")).isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("members listed twice: D-1");
    assertThatThrownBy(() -> deputyAffairs("D-head", "D-1", "D-head")).isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("the head D-head is not listed again");
  }

  @Test
  void aDissolvedBodyIsClosed() {
    // given
    WorkingBody body = registered();
    // when
    body.dissolve(LocalDate.of(2027, 12, 31));
    // expect
    assertThat(body.takeEvents()).containsExactly(new RegisterEvent.WorkingBodyDissolved(LocalDate.of(2027, 12, 31)));
    assertThat(body.status()).isEqualTo(WorkingBodyStatus.DISSOLVED);
    assertThatThrownBy(() -> body.update(deputyAffairs("D-head"))).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> body.dissolve(LocalDate.of(2028, 1, 1))).isInstanceOf(IllegalTransitionException.class);
    assertThat(body.takeEvents()).isEmpty();
  }
}
