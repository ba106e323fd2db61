package io.lianxin.voting.domain;

import io.lianxin.voting.domain.crypto.DecryptionShare;
import io.lianxin.voting.domain.crypto.Group;
import io.lianxin.voting.domain.crypto.KeyCeremony;
import io.lianxin.voting.domain.crypto.SchnorrProof;
import io.lianxin.voting.domain.crypto.ShareEncryption;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A poll's scrutineers in a domain test: the key ceremony and the decryption, straight on the poll. */
final class TestScrutineers {

  static final List<String> IDS = List.of("S1", "S2", "S3");

  final Map<String, KeyCeremony.Polynomial> polynomials = new LinkedHashMap<>();
  final Map<String, BigInteger> communication = new LinkedHashMap<>();
  final Map<String, BigInteger> keyShares = new LinkedHashMap<>();

  /** Runs the ceremony of {@code poll} (its scrutineers named {@link #IDS}); its key is then ready. */
  static TestScrutineers ceremony(Poll poll) {
    return ceremony(poll, 0);
  }

  /**
   * The ceremony; with {@code cheater} &gt; 0 that scrutineer sends the next one a share that does
   * not match its commitments, and the recipient complains.
   */
  static TestScrutineers ceremony(Poll poll, int cheater) {
    TestScrutineers s = new TestScrutineers();
    ScrutineerKey key = poll.scrutineerKey();
    String context = poll.ceremonyContext();
    for (ScrutineerKey.Scrutineer t : key.scrutineers()) {
      KeyCeremony.Polynomial p = KeyCeremony.Polynomial.random(key.threshold());
      BigInteger e = Group.randomScalar();
      s.polynomials.put(t.id(), p);
      s.communication.put(t.id(), e);
      poll.publishKeyCommitments(t.id(), Group.hex(Group.g(e)), ScrutineerKey.SchnorrText.of(
              SchnorrProof.create(e, Group.g(e), KeyCeremony.communicationKeyContext(context, t.index()))),
          p.commitments(context, t.index()).stream().map(ScrutineerKey.CommitmentText::of).toList());
    }
    for (ScrutineerKey.Scrutineer t : poll.scrutineerKey().scrutineers()) {
      Map<String, String> shares = new LinkedHashMap<>();
      for (ScrutineerKey.Scrutineer other : poll.scrutineerKey().scrutineers()) {
        if (other.index() != t.index()) {
          BigInteger share = s.polynomials.get(t.id()).at(other.index());
          if (t.index() == cheater && other.index() == cheater % IDS.size() + 1) {
            share = share.add(BigInteger.ONE);
          }
          shares.put(String.valueOf(other.index()), ShareEncryption.encrypt(share, Group.point(other.communicationKey()),
              "test"));
        }
      }
      poll.sendKeyShares(t.id(), shares);
    }
    for (ScrutineerKey.Scrutineer t : poll.scrutineerKey().scrutineers()) {
      BigInteger share = s.polynomials.get(t.id()).at(t.index());
      List<Integer> complaints = new ArrayList<>();
      Map<Integer, List<KeyCeremony.Commitment>> all = poll.scrutineerKey().commitments();
      for (Map.Entry<Integer, String> in : poll.scrutineerKey().sharesFor(t.id()).entrySet()) {
        BigInteger received = ShareEncryption.decrypt(in.getValue(), s.communication.get(t.id()), "test");
        if (!KeyCeremony.shareMatches(received, all.get(in.getKey()), t.index())) {
          complaints.add(in.getKey());
        }
        share = share.add(received);
      }
      s.keyShares.put(t.id(), share.mod(Group.N));
      if (poll.scrutineerKey().stage() == ScrutineerKey.Stage.CONFIRMING) {
        poll.confirmKeyShares(t.id(), complaints);
      }
    }
    return s;
  }

  /** The decryption shares scrutineer {@code id} would give for the poll's encrypted tally. */
  List<EncryptedTally.ShareText> shares(Poll poll, String id) {
    int index = poll.scrutineerKey().indexOf(id);
    var publicShare = KeyCeremony.publicShare(poll.scrutineerKey().commitments(), index);
    List<EncryptedTally.ShareText> out = new ArrayList<>();
    for (EncryptedTally.Sum sum : poll.encryptedTally().sums()) {
      out.add(EncryptedTally.ShareText.of(sum.item(), sum.option(), DecryptionShare.create(index, keyShares.get(id),
          publicShare, sum.parsed(), EncryptedTally.shareContext(poll.ballotContext(), sum))));
    }
    return out;
  }
}
