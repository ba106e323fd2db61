package io.lianxin.voting.domain.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The secret ballots' cryptography, against published values where there are some, and every proof refused when it lies. */
class CryptoTest {

  static final String CONTEXT = "lianxin/v1|poll=test";

  @Nested
  class TheGroup {
    /** RFC 6979 A.2.5: the P-256 key pair of its examples (private x, public U = x·G). */
    @Test
    void matchesThePublishedP256KeyPairOfRfc6979() {
      BigInteger x = new BigInteger("C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721", 16);
      ECPoint u = Group.g(x);
      assertThat(u.getAffineXCoord().toBigInteger().toString(16))
          .isEqualToIgnoringCase("60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6");
      assertThat(u.getAffineYCoord().toBigInteger().toString(16))
          .isEqualToIgnoringCase("7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299");
      assertThat(Group.mul(Group.G, x)).isEqualTo(u);
      assertThat(Group.point(Group.hex(u))).isEqualTo(u);
    }

    /** SEC 2 / FIPS 186-4: the order of P-256. */
    @Test
    void hasThePublishedOrder() {
      assertThat(Group.N.toString(16))
          .isEqualToIgnoringCase("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551");
      assertThat(Group.mul(Group.G, Group.N).isInfinity()).isTrue();
    }

    @Test
    void refusesWhatIsNotAPointOrAScalar() {
      ECPoint p = Group.g(Group.randomScalar());
      String uncompressed = java.util.HexFormat.of().formatHex(p.getEncoded(false));
      String offCurve = uncompressed.substring(0, 127) + (uncompressed.charAt(127) == '0' ? '1' : '0');
      assertThatThrownBy(() -> Group.point(offCurve)).as("off the curve").isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Group.point("02" + "00".repeat(31))).as("too short").isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Group.point("zz")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Group.scalar("F".repeat(64))).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Group.scalar("12")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hashesKeepPartsApart() {
      assertThat(Group.hash("t", "ab", "c")).isNotEqualTo(Group.hash("t", "a", "bc"));
      assertThat(Group.hash("t1", "a")).isNotEqualTo(Group.hash("t2", "a"));
    }
  }

  @Nested
  class Encryption {
    @Test
    void addsWhatItEncryptsAndDecryptsOnlyTheSum() {
      BigInteger s = Group.randomScalar();
      ECPoint k = Group.g(s);
      Ciphertext sum = Ciphertext.ZERO;
      int expected = 0;
      for (int m : new int[] {1, 0, 1, 1, 0, 1}) {
        sum = sum.plus(Ciphertext.encrypt(k, m, Group.randomScalar()));
        expected += m;
      }
      ECPoint mG = sum.b().subtract(Group.mul(sum.a(), s)).normalize();
      assertThat(KeyCeremony.discreteLog(mG, 10)).isEqualTo(expected);
      assertThat(Ciphertext.decode(sum.encoded())).isEqualTo(sum);
    }

    @Test
    void theDiscreteLogIsFoundUpToItsBoundAndNoFurther() {
      assertThat(KeyCeremony.discreteLog(Group.ZERO, 0)).isZero();
      assertThat(KeyCeremony.discreteLog(Group.g(BigInteger.valueOf(300_000)), 300_000)).isEqualTo(300_000);
      assertThatThrownBy(() -> KeyCeremony.discreteLog(Group.g(BigInteger.valueOf(301)), 300))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class RangeProofs {
    final ECPoint key = Group.g(Group.randomScalar());

    @Test
    void aTrueProofVerifiesForEveryValueOfItsRange() {
      for (int m = 0; m <= 3; m++) {
        BigInteger r = Group.randomScalar();
        Ciphertext ct = Ciphertext.encrypt(key, m, r);
        assertThat(RangeProof.create(key, ct, m, r, 0, 3, CONTEXT).verify(key, ct, CONTEXT)).as("m = %d", m).isTrue();
      }
    }

    @Test
    void aValueOutsideTheRangeCannotBeProved() {
      BigInteger r = Group.randomScalar();
      Ciphertext two = Ciphertext.encrypt(key, 2, r);
      assertThatThrownBy(() -> RangeProof.create(key, two, 2, r, 0, 1, CONTEXT)).isInstanceOf(IllegalArgumentException.class);
      // a prover who lies about the value builds a proof that does not verify
      RangeProof lie = RangeProof.create(key, two, 1, r, 0, 1, CONTEXT);
      assertThat(lie.verify(key, two, CONTEXT)).isFalse();
    }

    @Test
    void aChangedBallotAWrongProofAndAReplayElsewhereAreRefused() {
      BigInteger r = Group.randomScalar();
      Ciphertext ct = Ciphertext.encrypt(key, 1, r);
      RangeProof proof = RangeProof.create(key, ct, 1, r, 0, 1, CONTEXT);
      Ciphertext changed = ct.plus(Ciphertext.encrypt(key, 1, Group.randomScalar()));
      assertThat(proof.verify(key, changed, CONTEXT)).as("a changed ciphertext").isFalse();
      List<BigInteger> c = new ArrayList<>(proof.challenges());
      c.set(0, c.get(0).add(BigInteger.ONE).mod(Group.N));
      assertThat(new RangeProof(0, 1, c, proof.responses()).verify(key, ct, CONTEXT)).as("a changed challenge").isFalse();
      List<BigInteger> v = new ArrayList<>(proof.responses());
      v.set(1, v.get(1).add(BigInteger.ONE).mod(Group.N));
      assertThat(new RangeProof(0, 1, proof.challenges(), v).verify(key, ct, CONTEXT)).as("a changed response").isFalse();
      assertThat(proof.verify(key, ct, "lianxin/v1|poll=another")).as("replayed in another poll").isFalse();
      assertThat(proof.verify(Group.g(Group.randomScalar()), ct, CONTEXT)).as("under another key").isFalse();
      assertThat(new RangeProof(0, 2, proof.challenges(), proof.responses()).verify(key, ct, CONTEXT))
          .as("claimed for another range").isFalse();
    }
  }

  @Nested
  class SchnorrProofs {
    @Test
    void proveKnowledgeOfTheSecretAndNothingElse() {
      BigInteger s = Group.randomScalar();
      ECPoint p = Group.g(s);
      SchnorrProof proof = SchnorrProof.create(s, p, CONTEXT);
      assertThat(proof.verify(p, CONTEXT)).isTrue();
      assertThat(proof.verify(Group.g(Group.randomScalar()), CONTEXT)).as("another key").isFalse();
      assertThat(proof.verify(p, CONTEXT + "x")).as("another context").isFalse();
      assertThat(SchnorrProof.create(Group.randomScalar(), p, CONTEXT).verify(p, CONTEXT)).as("without the secret").isFalse();
    }
  }

  @Nested
  class TheCeremony {
    final int n = 3;
    final int k = 2;
    final Map<Integer, KeyCeremony.Polynomial> polynomials = new HashMap<>();
    final Map<Integer, List<KeyCeremony.Commitment>> commitments = new HashMap<>();

    TheCeremony() {
      for (int i = 1; i <= n; i++) {
        KeyCeremony.Polynomial p = KeyCeremony.Polynomial.random(k);
        polynomials.put(i, p);
        commitments.put(i, p.commitments(CONTEXT, i));
      }
    }

    BigInteger keyShare(int j) {
      BigInteger s = BigInteger.ZERO;
      for (int i = 1; i <= n; i++) {
        BigInteger share = polynomials.get(i).at(j);
        assertThat(KeyCeremony.shareMatches(share, commitments.get(i), j)).isTrue();
        s = s.add(share);
      }
      return s.mod(Group.N);
    }

    @Test
    void anyKOfNDecryptAndFewerCannot() {
      ECPoint key = KeyCeremony.jointKey(commitments);
      Ciphertext sum = Ciphertext.ZERO;
      for (int vote = 0; vote < 7; vote++) {
        sum = sum.plus(Ciphertext.encrypt(key, vote % 2, Group.randomScalar()));
      }
      for (List<Integer> quorum : List.of(List.of(1, 2), List.of(1, 3), List.of(2, 3), List.of(1, 2, 3))) {
        List<DecryptionShare> shares = new ArrayList<>();
        for (int j : quorum) {
          ECPoint publicShare = KeyCeremony.publicShare(commitments, j);
          assertThat(Group.g(keyShare(j))).isEqualTo(publicShare);
          DecryptionShare share = DecryptionShare.create(j, keyShare(j), publicShare, sum, CONTEXT);
          assertThat(share.verify(publicShare, sum, CONTEXT)).isTrue();
          shares.add(share);
        }
        assertThat(KeyCeremony.decrypt(sum, shares, 7)).as("quorum %s", quorum).isEqualTo(3);
      }
      Ciphertext total = sum;
      DecryptionShare alone = DecryptionShare.create(1, keyShare(1), KeyCeremony.publicShare(commitments, 1), total, CONTEXT);
      assertThatThrownBy(() -> KeyCeremony.decrypt(total, List.of(alone), 7)).as("one of two").isInstanceOf(
          IllegalArgumentException.class);
    }

    @Test
    void commitmentsWithAForgedProofAndAShareThatDoesNotMatchAreFound() {
      assertThat(KeyCeremony.commitmentsValid(CONTEXT, 1, k, commitments.get(1))).isTrue();
      assertThat(KeyCeremony.commitmentsValid(CONTEXT, 2, k, commitments.get(1))).as("claimed by another").isFalse();
      assertThat(KeyCeremony.commitmentsValid(CONTEXT, 1, k + 1, commitments.get(1))).as("too few").isFalse();
      BigInteger wrong = polynomials.get(1).at(2).add(BigInteger.ONE);
      assertThat(KeyCeremony.shareMatches(wrong, commitments.get(1), 2)).isFalse();
      assertThat(KeyCeremony.shareMatches(polynomials.get(1).at(3), commitments.get(1), 2)).as("another's share").isFalse();
    }

    @Test
    void aPartialDecryptionFromAWrongShareFailsItsProof() {
      ECPoint key = KeyCeremony.jointKey(commitments);
      Ciphertext ct = Ciphertext.encrypt(key, 1, Group.randomScalar());
      ECPoint publicShare = KeyCeremony.publicShare(commitments, 2);
      DecryptionShare forged = DecryptionShare.create(2, Group.randomScalar(), publicShare, ct, CONTEXT);
      assertThat(forged.verify(publicShare, ct, CONTEXT)).isFalse();
      DecryptionShare honest = DecryptionShare.create(2, keyShare(2), publicShare, ct, CONTEXT);
      assertThat(honest.verify(publicShare, ct.plus(ct), CONTEXT)).as("for another ciphertext").isFalse();
      assertThat(new DecryptionShare(2, honest.share().twice().normalize(), honest.challenge(), honest.response())
          .verify(publicShare, ct, CONTEXT)).as("a changed share").isFalse();
    }

    @Test
    void sharesTravelSealedToTheirRecipientOnly() {
      BigInteger e2 = Group.randomScalar();
      ECPoint communication2 = Group.g(e2);
      BigInteger share = polynomials.get(1).at(2);
      String sealed = ShareEncryption.encrypt(share, communication2, CONTEXT + "|1→2");
      assertThat(sealed).doesNotContain(Group.hex(share));
      assertThat(ShareEncryption.decrypt(sealed, e2, CONTEXT + "|1→2")).isEqualTo(share);
      assertThatThrownBy(() -> ShareEncryption.decrypt(sealed, Group.randomScalar(), CONTEXT + "|1→2"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> ShareEncryption.decrypt(sealed, e2, CONTEXT + "|1→3")).as("moved to another pair")
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
