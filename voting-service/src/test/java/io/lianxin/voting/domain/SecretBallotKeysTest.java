package io.lianxin.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretBallotKeysTest {

  @Test
  void oneVoterOneIdWhileTheKeyLivesAndNoWayBackWithoutIt() {
    byte[] secret = "service secret".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] salt = SecretBallotKeys.newSalt();
    byte[] key = SecretBallotKeys.pollKey(secret, "P1", salt);
    String id = SecretBallotKeys.ballotId(key, "P1", "D-001");
    assertThat(SecretBallotKeys.ballotId(key, "P1", "D-001")).as("a second attempt meets the same unique key").isEqualTo(id);
    assertThat(SecretBallotKeys.ballotId(key, "P1", "D-002")).isNotEqualTo(id);
    assertThat(SecretBallotKeys.ballotId(key, "P2", "D-001")).as("per poll").isNotEqualTo(id);
    assertThat(id).doesNotContain("D-001").hasSize(64);
    // Anyone guessing voter ids with another key (or none) cannot reproduce the stored id.
    assertThat(SecretBallotKeys.ballotId(SecretBallotKeys.pollKey(secret, "P1", SecretBallotKeys.newSalt()), "P1", "D-001"))
        .as("another salt").isNotEqualTo(id);
    assertThat(SecretBallotKeys.ballotId(SecretBallotKeys.pollKey("other".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "P1", salt), "P1", "D-001")).as("the salt without the service's secret").isNotEqualTo(id);
    assertThatThrownBy(() -> SecretBallotKeys.pollKey(secret, "P1", null)).as("salt destroyed")
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void receiptsAreRandomAndReadable() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 3000; i++) {
      String code = SecretBallotKeys.receiptCode();
      assertThat(code).matches("[A-HJ-NP-Z2-9]{12}");
      codes.add(code);
    }
    assertThat(codes).as("3,000 deputies at a plenary, no two receipts alike").hasSize(3000);
  }
}
