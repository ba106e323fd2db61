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

  /** ADR 0009's example of a paper tally (纸质计票). */
  static final PaperTally PAPER = new PaperTally(PaperTally.Source.PAPER, 2, 0,
      Map.of("任命甲", Map.of("YES", 1L, "NO", 1L), "任命乙", Map.of("YES", 2L)), "staff-qingshan");
  static final String PAPER_DIGEST = "ba0415a9b92ea193193f1835613fbcfb38096a66ca8ca791b62a304ec540c91b";

  @Test
  void aPaperTallyHasTheDigestOfAdr0009sExampleAndTheBoxesDigestsCoverIt() {
    // given ADR 0009's paper tally / when / expect its text and digest
    assertThat(PAPER.canonicalText()).isEqualTo("lianxin-paper-tally-v1\nPAPER\t2\t0\tstaff-qingshan\n"
        + "任命乙\tYES\t2\n任命甲\tNO\t1\n任命甲\tYES\t1\n");
    assertThat(PAPER.digest()).isEqualTo(PAPER_DIGEST).isEqualTo(PAPER.recomputedDigest());
    // given the named box of ADR 0009's example with that tally / expect the box's text ends with its digest
    BallotBox named = new BallotBox(List.of(
        new BallotBox.Entry("K3H8ZP2W9QRT", Map.of("任命甲", "ABSTAIN"), "D-qingshan-001"),
        new BallotBox.Entry("7NQ4K2XJ8MPA", Map.of("任命甲", "YES", "任命乙", "NO"), "D-qingshan-002")));
    assertThat(named.canonicalText(List.of(PAPER))).isEqualTo(named.canonicalText() + "paper\t" + PAPER_DIGEST + "\n");
    assertThat(named.digest(List.of(PAPER))).isEqualTo("f8dc3b5f53329c4c0b2b7e2d42c7ed25b1dd97bc8c051f3504765769d1fa2e31");
    // given the secret box of ADR 0011's example with that tally
    EncryptedBox secret = new EncryptedBox(List.of(new EncryptedBox.Entry("b".repeat(64), "…"),
        new EncryptedBox.Entry("a".repeat(64), "…")));
    assertThat(secret.digest(List.of(PAPER))).isEqualTo("bf5cebd0c048e43b3b2c026d0070a45e3a8b04f8f016025f82ac0498d05807ea");
    // and without paper tallies the digests are those of before
    assertThat(named.digest(List.of())).isEqualTo("6322f84730db6e9be027337be846ea990ec22b4af6fd5e7ec0f8050ce9f3a2db");
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
