package io.lianxin.voting.domain;

import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.voting.domain.crypto.Ciphertext;
import io.lianxin.voting.domain.crypto.Group;
import io.lianxin.voting.domain.crypto.RangeProof;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bouncycastle.math.ec.ECPoint;

/**
 * A secret poll's ballot (无记名选票) as it is stored and published: for every item, every possible
 * answer as a ciphertext of 0 or 1 (a score: of 0..100) under the poll's key, each with a range
 * proof; for YES/NO/ABSTAIN and ratings a proof that at most one answer of the item is chosen; for
 * approval a proof that the number approved lies between the poll's minimum and maximum. So every
 * ballot in the box is provably valid, and none can be read alone: only the sums are decrypted, by
 * k of the poll's scrutineers. A score ballot scores every item.
 *
 * <p>The proofs are bound to the poll and its key ({@link #context}); a ballot copied into another
 * poll fails. Its canonical text ({@link #text}) is what is stored and published, and its SHA-256
 * is the voter's receipt.
 */
public record EncryptedBallot(List<Item> items, RangeProof total) {

  public static final String HEADER = "lianxin-ballot-v1";

  /** One item's answers; {@code atMostOne} for YES/NO/ABSTAIN and ratings, else null. */
  public record Item(String item, List<Selection> selections, RangeProof atMostOne) {
    public Item {
      selections = List.copyOf(selections);
    }
  }

  /** One possible answer of an item, encrypted (1 chosen, 0 not; a score its value). */
  public record Selection(String option, Ciphertext ciphertext, RangeProof proof) {}

  public EncryptedBallot {
    items = List.copyOf(items);
  }

  /** The answers an item of a poll of this method has, in ballot order. */
  public static List<String> options(PollMethod method) {
    return switch (method) {
      case YES_NO_ABSTAIN -> List.of("YES", "NO", "ABSTAIN");
      case APPROVAL -> List.of("APPROVE");
      case RATING -> List.of("SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED");
      case SCORE -> List.of("SCORE");
    };
  }

  /** The largest value one selection may encrypt. */
  public static int maximum(PollMethod method) {
    return method == PollMethod.SCORE ? 100 : 1;
  }

  /** What every proof of a poll's ballots is bound to: the poll and its public key. */
  public static String context(String pollId, ECPoint key) {
    return "lianxin/v1|poll=" + pollId + "|key=" + Group.hex(key);
  }

  /**
   * Encrypts a plaintext ballot (the service does it for a voter whose client cannot); the nonces
   * live only in this call. A ballot this poll would count as invalid is refused (422).
   */
  public static EncryptedBallot encrypt(PollSpec spec, ECPoint key, String context, Ballot ballot) {
    String problem = spec.invalidity(ballot);
    if (problem == null && spec.method() == PollMethod.SCORE && ballot.answers().size() != spec.items().size()) {
      problem = "score every item";
    }
    if (problem != null) {
      throw new RuleViolationException("answers", problem);
    }
    List<Item> items = new ArrayList<>();
    List<Ciphertext> approvals = new ArrayList<>();
    BigInteger approvalNonces = BigInteger.ZERO;
    int approved = 0;
    for (String item : spec.items()) {
      String answer = ballot.answers().get(item);
      List<Selection> selections = new ArrayList<>();
      Ciphertext itemSum = Ciphertext.ZERO;
      BigInteger itemNonces = BigInteger.ZERO;
      int chosen = 0;
      for (String option : options(spec.method())) {
        int m = spec.method() == PollMethod.SCORE ? Integer.parseInt(answer) : option.equals(answer) ? 1 : 0;
        BigInteger r = Group.randomScalar();
        Ciphertext ct = Ciphertext.encrypt(key, m, r);
        selections.add(new Selection(option, ct,
            RangeProof.create(key, ct, m, r, 0, maximum(spec.method()), selectionContext(context, item, option))));
        itemSum = itemSum.plus(ct);
        itemNonces = itemNonces.add(r);
        chosen += m;
        if (spec.method() == PollMethod.APPROVAL) {
          approvals.add(ct);
          approvalNonces = approvalNonces.add(r);
          approved += m;
        }
      }
      RangeProof atMostOne = hasAtMostOne(spec.method())
          ? RangeProof.create(key, itemSum, chosen, itemNonces, 0, 1, itemContext(context, item)) : null;
      items.add(new Item(item, selections, atMostOne));
    }
    RangeProof total = spec.method() == PollMethod.APPROVAL
        ? RangeProof.create(key, sum(approvals), approved, approvalNonces, spec.minChoices(), spec.maxChoices(),
            context + "|total")
        : null;
    return new EncryptedBallot(items, total);
  }

  /** Why this ballot is not a valid ballot of the poll (its structure and every proof), or null. */
  public String problem(PollSpec spec, ECPoint key, String context) {
    Flaw flaw = flaw(spec, key, context);
    return flaw == null ? null : flaw.text();
  }

  /**
   * What makes a ballot not one of the poll (选票缺陷): where — the item and answer, either null
   * when the flaw is not in one — and why, in words.
   */
  public record Flaw(String item, String option, String text) {}

  /** The first flaw of this ballot (its structure, then every proof in order), or null when it is valid. */
  public Flaw flaw(PollSpec spec, ECPoint key, String context) {
    if (items.size() != spec.items().size()) {
      return new Flaw(null, null, "a ballot has every item of the poll, in order");
    }
    List<String> options = options(spec.method());
    List<Ciphertext> approvals = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (!item.item().equals(spec.items().get(i)) || item.selections().size() != options.size()) {
        return new Flaw(spec.items().get(i), null, "item " + (i + 1) + " is not " + spec.items().get(i) + " with the answers " + options);
      }
      Ciphertext itemSum = Ciphertext.ZERO;
      for (int s = 0; s < options.size(); s++) {
        Selection selection = item.selections().get(s);
        if (!selection.option().equals(options.get(s))) {
          return new Flaw(item.item(), options.get(s), "item " + item.item() + ": answer " + (s + 1) + " is not " + options.get(s));
        }
        RangeProof proof = selection.proof();
        if (proof == null || proof.low() != 0 || proof.high() != maximum(spec.method())
            || !proof.verify(key, selection.ciphertext(), selectionContext(context, item.item(), selection.option()))) {
          return new Flaw(item.item(), selection.option(), "item " + item.item() + ", " + selection.option()
              + ": the proof that it encrypts 0.." + maximum(spec.method()) + " does not hold");
        }
        itemSum = itemSum.plus(selection.ciphertext());
        if (spec.method() == PollMethod.APPROVAL) {
          approvals.add(selection.ciphertext());
        }
      }
      if (hasAtMostOne(spec.method())) {
        RangeProof one = item.atMostOne();
        if (one == null || one.low() != 0 || one.high() != 1 || !one.verify(key, itemSum, itemContext(context, item.item()))) {
          return new Flaw(item.item(), null, "item " + item.item() + ": the proof of at most one answer does not hold");
        }
      } else if (item.atMostOne() != null) {
        return new Flaw(item.item(), null, "item " + item.item() + ": unexpected proof of at most one answer");
      }
    }
    if (spec.method() == PollMethod.APPROVAL) {
      if (total == null || total.low() != spec.minChoices() || total.high() != spec.maxChoices()
          || !total.verify(key, sum(approvals), context + "|total")) {
        return new Flaw(null, null, "the proof of " + spec.minChoices() + " to " + spec.maxChoices() + " approvals does not hold");
      }
    } else if (total != null) {
      return new Flaw(null, null, "unexpected proof of a total");
    }
    return null;
  }

  /** Adds this ballot's ciphertexts to running sums, item → option → ciphertext. */
  public void addTo(Map<String, Map<String, Ciphertext>> sums) {
    for (Item item : items) {
      Map<String, Ciphertext> byOption = sums.computeIfAbsent(item.item(), k -> new java.util.LinkedHashMap<>());
      for (Selection s : item.selections()) {
        byOption.merge(s.option(), s.ciphertext(), Ciphertext::plus);
      }
    }
  }

  /**
   * The canonical text, byte for byte (UTF-8, lines ending in LF, fields separated by TAB):
   * {@code lianxin-ballot-v1}; then per selection {@code S item option A:B low-high proof}; per item
   * with an at-most-one proof {@code U item low-high proof}; for approval {@code T low-high proof};
   * a proof is its branches' {@code c,v} in hex joined by {@code ;}.
   */
  public String text() {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (Item item : items) {
      for (Selection s : item.selections()) {
        out.append("S\t").append(item.item()).append('\t').append(s.option()).append('\t')
            .append(s.ciphertext().encoded()).append('\t').append(proofText(s.proof())).append('\n');
      }
      if (item.atMostOne() != null) {
        out.append("U\t").append(item.item()).append('\t').append(proofText(item.atMostOne())).append('\n');
      }
    }
    if (total != null) {
      out.append("T\t").append(proofText(total)).append('\n');
    }
    return out.toString();
  }

  /** The receipt (选票回执): hex SHA-256 of {@link #text}. */
  public String receipt() {
    return Group.sha256(text());
  }

  /** Reads {@link #text}; {@link IllegalArgumentException} when it is not one. */
  public static EncryptedBallot parse(String text) {
    String[] lines = text.split("\n", -1);
    if (lines.length < 2 || !lines[0].equals(HEADER) || !lines[lines.length - 1].isEmpty()) {
      throw new IllegalArgumentException("an encrypted ballot starts with " + HEADER + " and ends with a line end");
    }
    List<Item> items = new ArrayList<>();
    String currentItem = null;
    List<Selection> selections = new ArrayList<>();
    RangeProof total = null;
    for (int i = 1; i < lines.length - 1; i++) {
      String[] f = lines[i].split("\t", -1);
      switch (f[0]) {
        case "S" -> {
          require(f.length == 6, lines[i]);
          if (currentItem != null && !currentItem.equals(f[1])) {
            items.add(new Item(currentItem, selections, null));
            selections = new ArrayList<>();
          }
          currentItem = f[1];
          selections.add(new Selection(f[2], Ciphertext.decode(f[3]), parseProof(f[4], f[5])));
        }
        case "U" -> {
          require(f.length == 4 && f[1].equals(currentItem), lines[i]);
          items.add(new Item(currentItem, selections, parseProof(f[2], f[3])));
          currentItem = null;
          selections = new ArrayList<>();
        }
        case "T" -> {
          require(f.length == 3 && total == null, lines[i]);
          total = parseProof(f[1], f[2]);
        }
        default -> throw new IllegalArgumentException("not a line of an encrypted ballot: " + abbreviate(lines[i]));
      }
    }
    if (currentItem != null) {
      items.add(new Item(currentItem, selections, null));
    }
    return new EncryptedBallot(items, total);
  }

  public static String proofText(RangeProof proof) {
    StringBuilder out = new StringBuilder().append(proof.low()).append('-').append(proof.high()).append('\t');
    for (int j = 0; j < proof.challenges().size(); j++) {
      out.append(j == 0 ? "" : ";").append(Group.hex(proof.challenges().get(j))).append(',')
          .append(Group.hex(proof.responses().get(j)));
    }
    return out.toString();
  }

  /** Reads a proof's two fields: "low-high" and "c,v;c,v…". */
  private static RangeProof parseProof(String range, String branches) {
    String[] bounds = range.split("-", -1);
    require(bounds.length == 2, range);
    int low;
    int high;
    try {
      low = Integer.parseInt(bounds[0]);
      high = Integer.parseInt(bounds[1]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a proof's range: " + abbreviate(range));
    }
    require(low >= 0 && high <= 1000, range);
    List<BigInteger> c = new ArrayList<>();
    List<BigInteger> v = new ArrayList<>();
    for (String branch : branches.split(";", -1)) {
      String[] cv = branch.split(",", -1);
      require(cv.length == 2, branch);
      c.add(Group.scalar(cv[0]));
      v.add(Group.scalar(cv[1]));
    }
    require(high >= low && c.size() == high - low + 1, range);
    return new RangeProof(low, high, c, v);
  }

  private static boolean hasAtMostOne(PollMethod method) {
    return method == PollMethod.YES_NO_ABSTAIN || method == PollMethod.RATING;
  }

  static String selectionContext(String context, String item, String option) {
    return context + "|item=" + item + "|option=" + option;
  }

  static String itemContext(String context, String item) {
    return context + "|item=" + item + "|at-most-one";
  }

  private static Ciphertext sum(List<Ciphertext> cts) {
    Ciphertext s = Ciphertext.ZERO;
    for (Ciphertext c : cts) {
      s = s.plus(c);
    }
    return s;
  }

  private static void require(boolean ok, String line) {
    if (!ok) {
      throw new IllegalArgumentException("not a line of an encrypted ballot: " + abbreviate(line));
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
