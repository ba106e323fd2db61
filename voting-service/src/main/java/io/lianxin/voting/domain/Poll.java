package io.lianxin.voting.domain;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
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
 * OPEN. A secret poll holds its key salt (from which, with the service's secret, ballot ids are
 * derived) only while open; closing destroys it. Ballots are not
 * part of the poll (they are stored one document each, see the application layer); the poll
 * receives the ballot box when it is tallied.
 *
 * <p>Every command adds the events it causes to the list it is given. A {@code null} actor is the scheduler (opening and
 * closing at the set times) or a request from another service.
 */
public final class Poll {

  /** Where a poll stands. */
  public enum State { DRAFT, OPEN, CLOSED, TALLIED, PUBLISHED, CANCELLED }

  /**
   * What is fixed when a poll is drafted.
   *
   * @param inPerson voters sign in (签到) and only those signed in vote; those present are those
   *     signed in. Otherwise (online polls) those present are those who voted.
   * @param isPublic the result goes to the public feed and the published box is public
   * @param autoPublish tallied and published as soon as it closes (polls requested by other
   *     services, which have no paper ballots)
   */
  public record Draft(PollKind kind, String title, PollSpec spec, boolean secret, boolean allowRevote,
      boolean inPerson, boolean isPublic, boolean autoPublish, List<String> roll, Instant opensAt, Instant closesAt,
      String requestId, String programmeId) {}

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
  /** Random while OPEN; with the service's secret it makes the poll's ballot key. Removed at close. */
  private byte[] keySalt;
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
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("method", d.spec().method().name());
    facts.put("items", d.spec().items());
    facts.put("opensAt", d.opensAt());
    facts.put("closesAt", d.closesAt());
    events.add(new VotingEvent("poll-created", "起草表决《" + d.title() + "》", facts));
    return p;
  }

  public void open(CurrentUser staff, Instant now, List<VotingEvent> events) {
    requireStaff(staff);
    require("open", State.DRAFT);
    state = State.OPEN;
    openedAt = now;
    keySalt = SecretBallotKeys.newSalt();
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
   * The id the voter's ballot is stored under; refuses closed polls and voters not on the roll or
   * not present. For a secret poll it is keyed by {@code serviceSecret} (configuration, never in the
   * database) and the poll's salt (in the database only while open).
   */
  public String ballotIdFor(String voterId, byte[] serviceSecret) {
    require("vote", State.OPEN);
    if (voterId == null || !roll.contains(voterId)) {
      throw new ForbiddenException("only voters on the roll vote");
    }
    if (inPerson && !attendance.contains(voterId)) {
      throw new ForbiddenException("sign in (签到) before voting in person");
    }
    return secret ? SecretBallotKeys.ballotId(SecretBallotKeys.pollKey(serviceSecret, id, keySalt), id, voterId)
        : id + "|" + voterId;
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
    keySalt = null;
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

  /** Counts the box with the paper tallies and certifies the result with the box's digest. */
  public void tally(CurrentUser staff, BallotBox box, Instant now, List<VotingEvent> events) {
    requireStaff(staff);
    require("tally", State.CLOSED);
    long electronic = box.entries().size();
    Tally.Result result = Tally.count(spec, present(electronic), box.ballots(), paperTallies);
    certified = new Certified(result, box.digest(), electronic, now);
    state = State.TALLIED;
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("valid", result.valid());
    facts.put("boxDigest", certified.boxDigest());
    facts.put("ballots", result.ballots());
    events.add(new VotingEvent("poll-tallied", "计票完成，票箱摘要 " + certified.boxDigest().substring(0, 12), facts));
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
    keySalt = null;
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

  public boolean dueToOpen(Instant now) {
    return state == State.DRAFT && opensAt != null && !opensAt.isAfter(now);
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
  public boolean hasBallotKey() { return keySalt != null; }
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
