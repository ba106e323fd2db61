package io.lianxin.voting.domain;

import io.lianxin.chassis.domain.CurrentUser;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Something that happened to a poll (表决/测评). The record's name is the event type
 * ({@code KeyCeremonyStep} publishes as {@code lianxin.voting.key-ceremony-step.v1}); its components
 * are the facts particular to it. Messaging adds the poll's snapshot (ids, kind, title, state…) and,
 * for {@link OfKey} events, the scrutineers' key as it stands. {@link #summary()} is the audit line.
 */
public sealed interface PollEvent {

  /** The audit line (表决记录). */
  String summary();

  /** The audit line as caused by {@code actor}; null is the scheduler or another service's request. */
  default String summary(CurrentUser actor) {
    return summary();
  }

  /**
   * The event as published: without the facts only its audit line needs (those are null here, and a
   * null fact is left off the wire).
   */
  default PollEvent published() {
    return this;
  }

  /** An event about the scrutineers' key: published with the scrutineers, threshold and key stage. */
  sealed interface OfKey extends PollEvent {}

  /** Staff (or another service's request) drafted a poll (起草表决). */
  record PollCreated(String title, PollMethod method, List<String> items, Instant opensAt, Instant closesAt,
      List<String> scrutineers) implements PollEvent {
    public PollCreated {
      items = List.copyOf(items);
      scrutineers = scrutineers == null ? List.of() : List.copyOf(scrutineers);
    }

    @Override public String summary() { return "起草表决《" + title + "》"; }
  }

  /** Staff named (or renamed) the scrutineers (确定监票人); a ceremony under way starts again. */
  record ScrutineersAssigned(List<String> scrutineers, int threshold) implements OfKey {
    public ScrutineersAssigned {
      scrutineers = List.copyOf(scrutineers);
    }

    @Override public String summary() {
      return "确定监票人 " + scrutineers.size() + " 名（" + threshold + " 人可解密）";
    }
  }

  /** A step of the key ceremony, as published ({@code step}: its name on the wire). */
  enum CeremonyStep { commitments, shares, confirmation }

  /**
   * A scrutineer took a step of the key ceremony (密钥生成); {@code complained} (a confirmation
   * naming senders whose shares did not match) is for the audit line only.
   */
  record KeyCeremonyStep(CeremonyStep step, int scrutineerIndex, Boolean complained) implements OfKey {
    public static KeyCeremonyStep of(CeremonyStep step, int scrutineerIndex) {
      return new KeyCeremonyStep(step, scrutineerIndex, null);
    }

    @Override public KeyCeremonyStep published() { return of(step, scrutineerIndex); }

    @Override public String summary() {
      return "监票人 " + scrutineerIndex + switch (step) {
        case commitments -> " 公布承诺";
        case shares -> " 发送密钥份额";
        case confirmation -> Boolean.TRUE.equals(complained) ? " 对份额提出异议" : " 确认密钥份额";
      };
    }
  }

  /** The scrutineers' key is ready: the poll may open. */
  record PollKeyReady(String publicKey) implements OfKey {
    @Override public String summary() { return "监票人密钥已生成，可以开始投票"; }
  }

  /** A scrutineer's complaint failed the ceremony (份额不符). */
  record KeyCeremonyFailed(int complainant, List<Integer> against) implements OfKey {
    public KeyCeremonyFailed {
      against = List.copyOf(against);
    }

    @Override public String summary() { return "监票人密钥生成失败：份额不符"; }
  }

  /** Voting began (开始投票). */
  record PollOpened(List<String> roll, Instant openedAt, Instant closesAt) implements PollEvent {
    public PollOpened {
      roll = List.copyOf(roll);
    }

    @Override public String summary() { return "开始投票"; }

    @Override public String summary(CurrentUser actor) { return actor == null ? "按时开始投票" : summary(); }
  }

  /**
   * Voters signed in ({@code signedIn} of them, for the audit line only), or the ballots cast moved
   * (throttled: never per ballot).
   */
  record TurnoutChanged(long ballotsCast, long present, Integer signedIn) implements PollEvent {
    @Override public String summary() {
      return signedIn != null ? "签到 " + signedIn + " 人" : "投票人数 " + ballotsCast;
    }

    @Override public TurnoutChanged published() { return new TurnoutChanged(ballotsCast, present, null); }
  }

  /**
   * Voting ended (结束投票). {@code attendees} are the voters signed in (签到) at an in-person poll, in id order —
   * the attendance deputies' records count (出席); empty for a poll voted online, where who voted is not published.
   */
  record PollClosed(List<String> roll, Instant closedAt, long ballotsCast, long present, List<String> attendees)
      implements PollEvent {
    public PollClosed {
      roll = List.copyOf(roll);
      attendees = List.copyOf(attendees);
    }

    @Override public String summary() { return "结束投票"; }

    @Override public String summary(CurrentUser actor) { return actor == null ? "按时结束投票" : summary(); }
  }

  /** Staff entered a count of paper ballots or voting devices (录入计票), with its digest (ADR 0009). */
  record PaperTallyEntered(PaperTally.Source source, long ballots, long invalid, Map<String, Map<String, Long>> counts,
      String digest) implements PollEvent {
    @Override public String summary() {
      return "录入" + (source == PaperTally.Source.PAPER ? "纸质票" : "表决器") + "计票 " + ballots + " 张";
    }
  }

  /** A secret poll's count started: the scrutineers are asked to decrypt the sums (请监票人解密). */
  record DecryptionRequested(String boxDigest, long ballots) implements OfKey {
    @Override public String summary() {
      return "计票：请监票人解密总数（票箱摘要 " + boxDigest.substring(0, 12) + "）";
    }
  }

  /** A scrutineer gave its decryption shares. */
  record DecryptionShareGiven(int scrutineerIndex) implements OfKey {
    @Override public String summary() { return "监票人 " + scrutineerIndex + " 完成解密份额"; }
  }

  /** The result is counted and certified with the box's digest (计票完成). */
  record PollTallied(boolean valid, String boxDigest, long ballots) implements PollEvent {
    @Override public String summary() { return "计票完成，票箱摘要 " + boxDigest.substring(0, 12); }
  }

  /** One item of a published result, as published. */
  record PublishedItem(String item, long favourable, long base, long needed, double averageScore, boolean passed,
      int rank) {
    static PublishedItem of(Tally.ItemResult i) {
      return new PublishedItem(i.item(), i.favourable(), i.base(), i.needed(), i.averageScore(), i.passed(), i.rank());
    }
  }

  /**
   * The certified result was published (公布表决结果). {@code seats} and {@code seatsUnfilled} are null
   * for a poll without seats; {@code outcome} says in one word what was decided ({@link Tally.Outcome}).
   */
  record ResultPublished(List<String> roll, boolean valid, boolean quorumMet, long present, long ballots,
      long invalidBallots, List<PublishedItem> items, List<String> passed, List<String> selected,
      List<String> tiedAtCutoff, Integer seats, Integer seatsUnfilled, Tally.Outcome outcome, String boxDigest,
      Instant publishedAt) implements PollEvent {
    /**
     * The audit line says what was decided in a sentence, zh-CN / en — never a bare label with a
     * dash: no ballots, no quorum, nothing passed, what passed or was selected, and a tie at the
     * cut-off.
     */
    @Override public String summary() {
      return "公布表决结果：" + outcome(Outcome.ZH_CN) + " / result published: " + outcome(Outcome.EN);
    }

    /** The sentences of an outcome in one language; {@code %s} is a list of items. */
    private enum Outcome {
      ZH_CN("没有收到选票，没有事项通过。", "未达到法定人数，表决无效，没有事项通过。", "当选：%s。", "没有事项获得通过。",
          "通过：%s。", "末位票数相同、名额未定：%s。", "、"),
      EN("no ballots were cast, so nothing passed.", "the quorum was not met, so the poll is not valid and nothing passed.",
          "selected: %s.", "no item passed.", "passed: %s.", " Tied at the cut-off, seat undecided: %s.", ", ");

      final String noBallots;
      final String noQuorum;
      final String selected;
      final String nonePassed;
      final String passed;
      final String tied;
      final String separator;

      Outcome(String noBallots, String noQuorum, String selected, String nonePassed, String passed, String tied,
          String separator) {
        this.noBallots = noBallots;
        this.noQuorum = noQuorum;
        this.selected = selected;
        this.nonePassed = nonePassed;
        this.passed = passed;
        this.tied = tied;
        this.separator = separator;
      }
    }

    private String outcome(Outcome words) {
      if (ballots == 0) {
        return words.noBallots;
      }
      if (!valid) {
        return words.noQuorum;
      }
      String decided = !selected.isEmpty() ? String.format(words.selected, String.join(words.separator, selected))
          : passed.isEmpty() ? words.nonePassed : String.format(words.passed, String.join(words.separator, passed));
      return tiedAtCutoff.isEmpty() ? decided
          : decided + String.format(words.tied, String.join(words.separator, tiedAtCutoff));
    }
  }

  /** Staff cancelled the poll (取消表决). */
  record PollCancelled(List<String> roll, String reason) implements PollEvent {
    public PollCancelled {
      roll = List.copyOf(roll);
    }

    @Override public String summary() { return "取消表决：" + reason; }
  }
}
