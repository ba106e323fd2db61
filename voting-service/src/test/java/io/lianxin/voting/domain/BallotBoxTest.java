package io.lianxin.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The boxes' digests against the test vectors written in ADR 0009 and ADR 0011. */
class BallotBoxTest {

  @Test
  void aNamedBoxHasTheDigestOfAdr0009sExample() {
    // given the example of ADR 0009, entries in the wrong order
    BallotBox box = new BallotBox(List.of(
        new BallotBox.Entry("K3H8ZP2W9QRT", Map.of("任命甲", "ABSTAIN"), "D-qingshan-001"),
        new BallotBox.Entry("7NQ4K2XJ8MPA", Map.of("任命甲", "YES", "任命乙", "NO"), "D-qingshan-002")));
    // when / expect
    assertThat(box.canonicalText()).isEqualTo(
        "7NQ4K2XJ8MPA\tD-qingshan-002\t任命乙=NO;任命甲=YES\nK3H8ZP2W9QRT\tD-qingshan-001\t任命甲=ABSTAIN\n");
    assertThat(box.digest()).isEqualTo("6322f84730db6e9be027337be846ea990ec22b4af6fd5e7ec0f8050ce9f3a2db");
    assertThat(new BallotBox(List.of()).digest()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void aSecretBoxHasTheDigestsOfAdr0011sExamples() {
    // given two receipts in the wrong order, and an empty box
    EncryptedBox box = new EncryptedBox(List.of(new EncryptedBox.Entry("b".repeat(64), "…"),
        new EncryptedBox.Entry("a".repeat(64), "…")));
    // when / expect
    assertThat(box.canonicalText()).isEqualTo("lianxin-box-v1\n" + "a".repeat(64) + "\n" + "b".repeat(64) + "\n");
    assertThat(box.digest()).isEqualTo("ce09ddd7bbde3d964e77e9e4ce43f9e35a67e7ca8afffdfbf2c4d22dbb8d1c87");
    assertThat(new EncryptedBox(List.of()).digest())
        .isEqualTo("681beb21cf3a661c2d83bdd8c8aa2cb4f20c964e56758644b8f9fd4118db872b");
  }
}
