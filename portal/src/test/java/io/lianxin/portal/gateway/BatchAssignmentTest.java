package io.lianxin.portal.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BatchAssignmentTest {

  @Test
  void aRefusalInAStateNamesTheStateAndItsReasonIsTheProblemsName() {
    // given
    BatchAssignment.Outcome refused = new BatchAssignment.Outcome("S-2", false, "illegal-state:ASSIGNED", "…");
    BatchAssignment.Outcome missing = new BatchAssignment.Outcome("S-3", false, "not-found", "no S-3");
    BatchAssignment.Outcome assigned = new BatchAssignment.Outcome("S-1", true, null, null);
    // when / expect
    assertThat(refused.reason()).isEqualTo("illegal-state");
    assertThat(refused.refusedInState()).isEqualTo("ASSIGNED");
    assertThat(missing.reason()).isEqualTo("not-found");
    assertThat(missing.refusedInState()).isNull();
    assertThat(assigned.reason()).isNull();
  }
}
