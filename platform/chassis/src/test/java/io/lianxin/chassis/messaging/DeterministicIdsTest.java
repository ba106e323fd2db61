package io.lianxin.chassis.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeterministicIdsTest {
  @Test
  void sameInputsSameIdDifferentSplitDifferentId() {
    assertThat(DeterministicIds.of("e1", "deputy:D1")).isEqualTo(DeterministicIds.of("e1", "deputy:D1"));
    assertThat(DeterministicIds.of("ab", "c")).isNotEqualTo(DeterministicIds.of("a", "bc"));
    assertThat(DeterministicIds.of("e1", "deputy:D1")).isNotEqualTo(DeterministicIds.of("e1", "deputy:D2"));
    assertThat(UUID.fromString(DeterministicIds.of("x")).version()).isEqualTo(8);
  }
}
