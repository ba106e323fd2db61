package io.lianxin.voting.domain;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.voting.domain.crypto.KeyCeremony;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A poll (表决/测评): what is asked, who may vote (the roll, fixed when it opens), who is present
 * (签到), and its life DRAFT → OPEN → CLOSED → TALLIED → PUBLISHED, or CANCELLED from DRAFT or
 * OPEN. A secret poll (无记名) is encrypted under a key its scrutineers (监票人) make together while
 * it is a draft ({@link ScrutineerKey}); it opens only once that key is ready, and after it closes
 * its count goes CLOSED → DECRYPTING → TALLIED: the box's sums are computed on the ciphertexts and
 * decrypted by k of the scrutineers ({@link EncryptedTally}). Nothing the service holds decrypts a
 * single ballot. Ballots are not part of the poll (they are stored one document each, see the
 * application layer); the poll receives the ballot box when it is counted.
 *
 * <p>Every command adds the events it causes to the list it is given. A {@code null} actor is the scheduler (opening and
 * closing at the set times) or a request from another service.
 */
public final class Poll {

  /** Where a poll stands. */
  public enum State { DRAFT, OPEN, CLOSED, DECRYPTING, TALLIED, PUBLISHED, CANCELLED }

  /**
   * What is fixed when a poll is drafted.
   *
   * @param inPerson voters sign in (签到) and only those signed in vote; those present are those
   *     signed in. Otherwise (online polls) those present are those who voted.
   * @param isPublic the result goes to the public feed and the published box is public
   * @param autoPublish tallied and published as soon as it closes (polls requested by other
   *     services, which have no paper ballots); a secret one once its scrutineers have decrypted
   * @param scrutineers a secret poll's scrutineers (监票人), by voter id; may also be named later
   * @param scrutineerThreshold how many of them decrypt together (default: a majority)
   */
  public record Draft(PollKind kind, String title, PollSpec spec, boolean secret, boolean allowRevote,
      boolean inPerson, boolean isPublic, boolean autoPublish, List<String> roll, Instant opensAt, Instant closesAt,
      String requestId, String programmeId, List<String> scrutineers, Integer scrutineerThreshold) {}

  /** The certified result: the count, the digest of the ballot box it was counted from, and when. */
  public record Certified(Tally.Result result, String boxDigest, long electronicBallots, Instant talliedAt) {}

  private String id;
  private String congressId;
  private PollKind kind;
  private String title;
  private PollSpec spec;
  private boolean secret;
  private boolean allowRevote;
  private boolean inPerson;
  private boolean isPublic;
  private boolean autoPublish;
  private List<String> roll = new ArrayList<>();
  private List<String> attendance = new ArrayList<>();
  private State state;
  /** A secret poll's key ceremony and, once ready, its public key. */
  private ScrutineerKey scrutineerKey;
  /** A secret poll's encrypted count, from the count on. */
  private EncryptedTally encryptedTally;
  /** A secret poll's box, fixed when its count starts: its digest and size. */
  private String countedBoxDigest;
  private long countedBallots;
  private Instant createdAt;
  private Instant opensAt;
  private Instant closesAt;
  private Instant openedAt;
  private Instant closedAt;
  private Instant publishedAt;
  private String cancelReason;
  private List<PaperTally> paperTallies = new ArrayList<>();
  private long reportedTurnout;
  private Certified certified;
  private String requestId;
  private String programmeId;

  private Poll() {}

  /** Drafts a poll; {@code staff} null for a poll requested by another service. */
  public static Poll draft(String id, String congressId, CurrentUser staff, Draft d, Instant now, List<VotingEvent> events) {
    requireStaff(staff);
    if (staff != null && !staff.congressId().equals(congressId)) {
      throw new ForbiddenException("polls are drafted in one's own congress");
    }
    if (d.kind() == null) {
      throw new RuleViolationException("kind", "the kind of poll is required");
    }
    if (d.title() == null || d.title().isBlank() || d.title().length() > 200) {
      throw new RuleViolationException("title", "a title of 1 to 200 characters");
    }
    List<String> roll = d.roll();
    if (roll == null || roll.isEmpty() || Set.copyOf(roll).size() != roll.size() || roll.size() != d.spec().rollSize()) {
      throw new RuleViolationException("roll", "distinct voters, as many as the roll size");
    }
    if (d.closesAt() != null && !d.closesAt().isAfter(d.opensAt() != null ? d.opensAt() : now)) {
      throw new RuleViolationException("closesAt", "a poll closes after it opens and in the future");
    }
    Poll p = new Poll();
    p.id = id;
    p.congressId = congressId;
    p.kind = d.kind();
    p.title = d.title();
    p.spec = d.spec();
    p.secret = d.secret();
    p.allowRevote = d.allowRevote();
    p.inPerson = d.inPerson();
    p.isPublic = d.isPublic();
    p.autoPublish = d.autoPublish();
    p.roll = List.copyOf(roll);
    p.createdAt = now;
    p.opensAt = d.opensAt();
    p.closesAt = d.closesAt();
    p.requestId = d.requestId();
    p.programmeId = d.programmeId();
    p.state = State.DRAFT;
    if (d.scrutineers() != null && !d.scrutineers().isEmpty()) {
      if (!d.secret()) {
        throw new RuleViolationException("scrutineers", "a named poll has no key: its ballots are not encrypted");
      }
      p.scrutineerKey = ScrutineerKey.of(d.scrutineers(), thresholdOr(d.scrutineerThreshold(), d.scrutineers()));
    }
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("method", d.spec().method().name());
    facts.put("items", d.spec().items());
    facts.put("opensAt", d.opensAt());
    facts.put("closesAt", d.closesAt());
    facts.put("scrutineers", d.scrutineers() == null ? List.of() : d.scrutineers());
    events.add(new VotingEvent("poll-created", "起草表决《" + d.title() + "》", facts));
    return p;
  }

  private static int thresholdOr(Integer threshold, List<String> scrutineers) {
    return threshold != null ? threshold : scrutineers.size() / 2 + 1;
  }

  /** Staff name (or rename) a secret poll's scrutineers; a ceremony under way starts again. */
  public void assignScrutineers(CurrentUser staff, List<String> ids, Integer threshold, List<VotingEvent> events) {
    requireStaff(staff);
    require("name the scrutineers", State.DRAFT);
    if (!secret) {
      throw new RuleViolationException("scrutineers", "a named poll has no key: its ballots are not encrypted");
    }
    scrutineerKey = ScrutineerKey.of(ids, thresholdOr(threshold, ids));
    events.add(scrutineerEvent("scrutineers-assigned", "确定监票人 " + ids.size() + " 名（" + scrutineerKey.threshold()
        + " 人可解密）", null));
  }

  /** Staff start the key ceremony again, e.g. after a complaint. */
  public void restartKeyCeremony(CurrentUser staff, List<VotingEvent> events) {
    requireStaff(staff);
    require("start the key ceremony again", State.DRAFT);
    ScrutineerKey key = requireKey();
    assignScrutineers(staff, key.scrutineers().stream().map(ScrutineerKey.Scrutineer::id).toList(), key.threshold(), events);
  }

  /** Ceremony step 1 by a scrutineer: its communication key and its commitments, with proofs. */
  public void publishKeyCommitments(String scrutineer, String communicationKey, ScrutineerKey.SchnorrText proof,
      List<ScrutineerKey.CommitmentText> commitments, List<VotingEvent> events) {
    require("take part in the key ceremony", State.DRAFT);
    requireKey().commit(scrutineer, ceremonyContext(), communicationKey, proof, commitments);
    events.add(scrutineerEvent("key-ceremony-step", "监票人 " + scrutineerKey.indexOf(scrutineer) + " 公布承诺",
        Map.of("step", "commitments", "scrutineerIndex", scrutineerKey.indexOf(scrutineer))));
  }

  /** Ceremony step 2: the scrutineer's shares, sealed to the others. */
  public void sendKeyShares(String scrutineer, Map<String, String> shares, List<VotingEvent> events) {
    require("take part in the key ceremony", State.DRAFT);
    requireKey().sendShares(scrutineer, shares);
    events.add(scrutineerEvent("key-ceremony-step", "监票人 " + scrutineerKey.indexOf(scrutineer) + " 发送密钥份额",
        Map.of("step", "shares", "scrutineerIndex", scrutineerKey.indexOf(scrutineer))));
  }

  /** Ceremony step 3: the scrutineer accepts its shares, or names the senders whose shares did not match. */
  public void confirmKeyShares(String scrutineer, List<Integer> complaints, List<VotingEvent> events) {
    require("take part in the key ceremony", State.DRAFT);
    requireKey().confirm(scrutineer, complaints);
    int index = scrutineerKey.indexOf(scrutineer);
    events.add(scrutineerEvent("key-ceremony-step", "监票人 " + index + (complaints == null || complaints.isEmpty()
        ? " 确认密钥份额" : " 对份额提出异议"), Map.of("step", "confirmation", "scrutineerIndex", index)));
    if (scrutineerKey.stage() == ScrutineerKey.Stage.READY) {
      events.add(scrutineerEvent("poll-key-ready", "监票人密钥已生成，可以开始投票",
          Map.of("publicKey", scrutineerKey.publicKeyHex())));
    } else if (scrutineerKey.stage() == ScrutineerKey.Stage.FAILED) {
      events.add(scrutineerEvent("key-ceremony-failed", "监票人密钥生成失败：份额不符",
          Map.of("complainant", index, "against", complaints)));
    }
  }

  /** What the key ceremony's proofs are bound to: the poll. */
  public String ceremonyContext() {
    return ScrutineerKey.ceremonyContext(id);
  }

  /** What every ballot proof and decryption share is bound to: the poll and its key (null before the key). */
  public String ballotContext() {
    return publicKey() == null ? null : EncryptedBallot.context(id, publicKey());
  }

  private ScrutineerKey requireKey() {
    if (!secret || scrutineerKey == null) {
      throw new IllegalTransitionException("use the scrutineers' key", "NO_SCRUTINEERS");
    }
    return scrutineerKey;
  }

  private VotingEvent scrutineerEvent(String type, String summary, Map<String, Object> more) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("scrutineers", scrutineerKey.scrutineers().stream().map(ScrutineerKey.Scrutineer::id).toList());
    facts.put("threshold", scrutineerKey.threshold());
    facts.put("keyStage", scrutineerKey.stage().name());
    if (more != null) {
      facts.putAll(more);
    }
    return new VotingEvent(type, summary, facts);
  }

  public void open(CurrentUser staff, Instant now, List<VotingEvent> events) {
    requireStaff(staff);
    require("open", State.DRAFT);
    if (secret && (scrutineerKey == null || scrutineerKey.stage() != ScrutineerKey.Stage.READY)) {
      throw new IllegalTransitionException("open before the scrutineers' key is ready",
          scrutineerKey == null ? "NO_SCRUTINEERS" : "KEY_" + scrutineerKey.stage().name());
    }
    state = State.OPEN;
    openedAt = now;
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("roll", roll);
    facts.put("openedAt", now);
    facts.put("closesAt", closesAt);
    events.add(new VotingEvent("poll-opened", staff == null ? "按时开始投票" : "开始投票", facts));
  }

  /**
   * Records voters as present (签到), e.g. from the chamber's sign-in devices. The turnout event it
   * causes repeats the last reported ballot count, never the live one: a sign-in must not become a
   * way around the throttle on ballot counts.
   */
  public void signIn(CurrentUser staff, List<String> voterIds, List<VotingEvent> events) {
    requireStaff(staff);
    require("sign in", State.DRAFT, State.OPEN);
    if (!inPerson) {
      throw new RuleViolationException("voterIds", "this poll is voted online: nobody signs in");
    }
    Set<String> unknown = new LinkedHashSet<>(voterIds);
    unknown.removeAll(Set.copyOf(roll));
    if (!unknown.isEmpty()) {
      throw new RuleViolationException("voterIds", "not on the roll: " + String.join(", ", unknown));
    }
    Set<String> present = new LinkedHashSet<>(attendance);
    int before = present.size();
    present.addAll(voterIds);
    if (present.size() == before) {
      return;
    }
    attendance = new ArrayList<>(present);
    events.add(turnout("签到 " + (present.size() - before) + " 人", reportedTurnout));
  }

  /**
   * The id the voter's ballot is stored under, one per voter (a unique key); refuses closed polls
   * and voters not on the roll or not present. In a secret poll it stands beside a ballot nobody can
   * read alone: only k scrutineers together could decrypt it, and they decrypt sums only.
   */
  public String ballotIdFor(String voterId) {
    require("vote", State.OPEN);
    if (voterId == null || !roll.contains(voterId)) {
      throw new ForbiddenException("only voters on the roll vote");
    }
    if (inPerson && !attendance.contains(voterId)) {
      throw new ForbiddenException("sign in (签到) before voting in person");
    }
    return id + "|" + voterId;
  }

  /** A secret poll's public key (what its ballots are encrypted under). */
  public org.bouncycastle.math.ec.ECPoint publicKey() {
    return scrutineerKey == null ? null : scrutineerKey.publicKey();
  }

  /** Those present: signed in for an in-person poll, otherwise those who voted. */
  public long present(long electronicBallots) {
    return inPerson ? attendance.size() : electronicBallots;
  }

  /** A turnout-changed event when the number of ballots moved since the last one (the caller throttles). */
  public void reportTurnout(long ballotsCast, List<VotingEvent> events) {
    if (state == State.OPEN && ballotsCast != reportedTurnout) {
      events.add(turnout("投票人数 " + ballotsCast, ballotsCast));
    }
  }

  private VotingEvent turnout(String summary, long ballotsCast) {
    reportedTurnout = ballotsCast;
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("ballotsCast", ballotsCast);
    facts.put("present", present(ballotsCast));
    return new VotingEvent("turnout-changed", summary, facts);
  }

  /** Closes the poll; for a secret poll the ballot key is destroyed here, for good. */
  public void close(CurrentUser staff, Instant now, long ballotsCast, List<VotingEvent> events) {
    requireStaff(staff);
    require("close", State.OPEN);
    state = State.CLOSED;
    closedAt = now;
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("roll", roll);
    facts.put("closedAt", now);
    facts.put("ballotsCast", ballotsCast);
    facts.put("present", present(ballotsCast));
    events.add(new VotingEvent("poll-closed", staff == null ? "按时结束投票" : "结束投票", facts));
  }

  /** Adds counts from paper ballots or voting devices; never more ballots in all than voters present. */
  public void enterPaperTally(CurrentUser staff, PaperTally tally, long electronicBallots, List<VotingEvent> events) {
    requireStaff(staff);
    require("enter a paper tally", State.CLOSED);
    if (!inPerson) {
      throw new RuleViolationException("ballots", "an online poll has no paper ballots");
    }
    tally.check(spec);
    long total = electronicBallots + tally.ballots() + paperTallies.stream().mapToLong(PaperTally::ballots).sum();
    if (total > present(electronicBallots)) {
      throw new RuleViolationException("ballots", "ballots in all (" + total + ") would exceed those present ("
          + present(electronicBallots) + ")");
    }
    paperTallies.add(new PaperTally(tally.source(), tally.ballots(), tally.invalid(), tally.counts(), staff.subject()));
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("source", tally.source().name());
    facts.put("ballots", tally.ballots());
    facts.put("invalid", tally.invalid());
    facts.put("counts", tally.counts());
    events.add(new VotingEvent("paper-tally-entered", "录入" + (tally.source() == PaperTally.Source.PAPER ? "纸质票" : "表决器")
        + "计票 " + tally.ballots() + " 张", facts));
  }

  /** Counts a named poll's box with the paper tallies and certifies the result with the box's digest. */
  public void tally(CurrentUser staff, BallotBox box, Instant now, List<VotingEvent> events) {
    requireStaff(staff);
    require("tally", State.CLOSED);
    if (secret) {
      throw new IllegalTransitionException("count a secret poll in the clear", state.name());
    }
    long electronic = box.entries().size();
    certify(Tally.count(spec, present(electronic), box.ballots(), paperTallies), box.digest(), electronic, now, events);
  }

  /**
   * Starts a secret poll's count: the box is fixed (its digest certified later), every answer's sum
   * is computed on the ciphertexts, and the scrutineers are asked to decrypt the sums.
   */
  public void count(CurrentUser staff, EncryptedBox box, Instant now, List<VotingEvent> events) {
    requireStaff(staff);
    require("count", State.CLOSED);
    if (!secret) {
      throw new IllegalTransitionException("count a named poll as encrypted", state.name());
    }
    encryptedTally = EncryptedTally.of(spec, box.sums(), box.entries().size());
    countedBoxDigest = box.digest();
    countedBallots = box.entries().size();
    state = State.DECRYPTING;
    events.add(scrutineerEvent("decryption-requested", "计票：请监票人解密总数（票箱摘要 " + countedBoxDigest.substring(0, 12) + "）",
        Map.of("boxDigest", countedBoxDigest, "ballots", countedBallots)));
  }

  /**
   * A scrutineer's decryption shares of the sums, each proof checked; the {@code threshold}-th
   * scrutineer's shares decrypt the totals, and the result is counted and certified (TALLIED).
   */
  public void addDecryptionShares(String scrutineer, List<EncryptedTally.ShareText> shares, Instant now,
      List<VotingEvent> events) {
    require("decrypt", State.DECRYPTING);
    ScrutineerKey key = requireKey();
    int index = key.indexOf(scrutineer);
    boolean decrypted = encryptedTally.addShares(index, KeyCeremony.publicShare(key.commitments(), index),
        ballotContext(), shares, key.threshold());
    events.add(scrutineerEvent("decryption-share-given", "监票人 " + index + " 完成解密份额", Map.of("scrutineerIndex", index)));
    if (decrypted) {
      Tally.Result result = Tally.count(spec, present(countedBallots), encryptedTally.electronic(countedBallots),
          paperTallies);
      certify(result, countedBoxDigest, countedBallots, now, events);
    }
  }

  private void certify(Tally.Result result, String boxDigest, long electronic, Instant now, List<VotingEvent> events) {
    certified = new Certified(result, boxDigest, electronic, now);
    state = State.TALLIED;
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("valid", result.valid());
    facts.put("boxDigest", boxDigest);
    facts.put("ballots", result.ballots());
    events.add(new VotingEvent("poll-tallied", "计票完成，票箱摘要 " + boxDigest.substring(0, 12), facts));
  }

  /** Publishes the certified result (公布结果). */
  public void publish(CurrentUser staff, Instant now, List<VotingEvent> events) {
    requireStaff(staff);
    require("publish", State.TALLIED);
    state = State.PUBLISHED;
    publishedAt = now;
    Tally.Result r = certified.result();
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("roll", roll);
    facts.put("valid", r.valid());
    facts.put("quorumMet", r.quorumMet());
    facts.put("present", r.present());
    facts.put("ballots", r.ballots());
    facts.put("invalidBallots", r.invalidBallots());
    facts.put("items", r.items().stream().map(i -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("item", i.item());
      item.put("favourable", i.favourable());
      item.put("base", i.base());
      item.put("needed", i.needed());
      item.put("averageScore", i.averageScore());
      item.put("passed", i.passed());
      item.put("rank", i.rank());
      return item;
    }).toList());
    facts.put("passed", r.items().stream().filter(Tally.ItemResult::passed).map(Tally.ItemResult::item).toList());
    facts.put("selected", r.selected());
    facts.put("tiedAtCutoff", r.tiedAtCutoff());
    facts.put("boxDigest", certified.boxDigest());
    facts.put("publishedAt", now);
    events.add(new VotingEvent("result-published", "公布表决结果", facts));
  }

  public void cancel(CurrentUser staff, String reason, List<VotingEvent> events) {
    requireStaff(staff);
    require("cancel", State.DRAFT, State.OPEN);
    if (reason == null || reason.isBlank()) {
      throw new RuleViolationException("reason", "a cancelled poll says why");
    }
    cancelReason = reason;
    state = State.CANCELLED;
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("roll", roll);
    facts.put("reason", reason);
    events.add(new VotingEvent("poll-cancelled", "取消表决：" + reason, facts));
  }

  /** A draft is the office's work in progress: only committee staff and admins see it. */
  public boolean visibleTo(CurrentUser user) {
    return state != State.DRAFT || seesDrafts(user);
  }

  public static boolean seesDrafts(CurrentUser user) {
    return user.hasAny(Role.COMMITTEE_STAFF, Role.ADMIN);
  }

  /** Due at its time; a secret poll only once its scrutineers' key is ready (until then it waits). */
  public boolean dueToOpen(Instant now) {
    return state == State.DRAFT && opensAt != null && !opensAt.isAfter(now)
        && (!secret || scrutineerKey != null && scrutineerKey.stage() == ScrutineerKey.Stage.READY);
  }

  public boolean dueToClose(Instant now) {
    return state == State.OPEN && closesAt != null && !closesAt.isAfter(now);
  }

  private void require(String action, State... allowed) {
    for (State s : allowed) {
      if (state == s) {
        return;
      }
    }
    throw new IllegalTransitionException(action, state.name());
  }

  private static void requireStaff(CurrentUser user) {
    if (user != null && !user.has(Role.COMMITTEE_STAFF)) {
      throw new ForbiddenException("only committee staff manage polls");
    }
  }

  public String id() { return id; }
  public String congressId() { return congressId; }
  public PollKind kind() { return kind; }
  public String title() { return title; }
  public PollSpec spec() { return spec; }
  public boolean secret() { return secret; }
  public boolean allowRevote() { return allowRevote; }
  public boolean inPerson() { return inPerson; }
  public boolean isPublic() { return isPublic; }
  public boolean autoPublish() { return autoPublish; }
  public List<String> roll() { return List.copyOf(roll); }
  public List<String> attendance() { return List.copyOf(attendance); }
  public State state() { return state; }
  public ScrutineerKey scrutineerKey() { return scrutineerKey; }
  public EncryptedTally encryptedTally() { return encryptedTally; }
  public Instant createdAt() { return createdAt; }
  public Instant opensAt() { return opensAt; }
  public Instant closesAt() { return closesAt; }
  public Instant openedAt() { return openedAt; }
  public Instant closedAt() { return closedAt; }
  public Instant publishedAt() { return publishedAt; }
  public String cancelReason() { return cancelReason; }
  public List<PaperTally> paperTallies() { return List.copyOf(paperTallies); }
  public Certified certified() { return certified; }
  public String requestId() { return requestId; }
  public String programmeId() { return programmeId; }
}
