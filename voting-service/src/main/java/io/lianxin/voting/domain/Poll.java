package io.lianxin.voting.domain;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.voting.domain.crypto.KeyCeremony;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A poll (表决/测评): what is asked, who may vote (the roll: ids given when it is drafted, or a
 * {@link Roll} by kind — all deputies, the standing committee, a delegation, a list — resolved from
 * the copy of the register when it is drafted and again, for good, when it opens), who is present
 * (签到), and its life DRAFT → OPEN → CLOSED → TALLIED → PUBLISHED, or CANCELLED from DRAFT or
 * OPEN. A secret poll (无记名) is encrypted under a key its scrutineers (监票人) make together while
 * it is a draft ({@link ScrutineerKey}); it opens only once that key is ready, and after it closes
 * its count goes CLOSED → DECRYPTING → TALLIED: the box's sums are computed on the ciphertexts and
 * decrypted by k of the scrutineers ({@link EncryptedTally}). Nothing the service holds decrypts a
 * single ballot. Ballots are not part of the poll (they are stored one document each, see the
 * application layer); the poll receives the ballot box when it is counted.
 *
 * <p>Every command records the events it causes; the store takes them ({@link #takeEvents()}) and
 * publishes them with the poll. A {@code null} actor is the scheduler (opening and closing at the
 * set times) or a request from another service.
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
   * @param roll the voters' ids, fixed as given; null when {@code rollOf} says who they are
   * @param rollOf the roll by kind, fixed from the register when the poll opens; null with {@code roll}
   */
  public record Draft(PollKind kind, String title, PollSpec spec, boolean secret, boolean allowRevote,
      boolean inPerson, boolean isPublic, boolean autoPublish, List<String> roll, Instant opensAt, Instant closesAt,
      String requestId, String programmeId, List<String> scrutineers, Integer scrutineerThreshold, Roll rollOf) {

    /** A draft of {@code kind} asking {@code spec} of {@code roll}: secret, online, unscheduled unless told otherwise. */
    public static Builder builder(PollKind kind, String title, PollSpec spec, List<String> roll) {
      return new Builder(kind, title, spec, roll, null);
    }

    /**
     * A draft whose roll is {@code rollOf}, resolved from the register; the spec's roll size is
     * replaced by the size of the resolved roll.
     */
    public static Builder builder(PollKind kind, String title, PollSpec spec, Roll rollOf) {
      return new Builder(kind, title, spec, null, rollOf);
    }

    /** Builds a {@link Draft} by name: each setting that differs from the default is said. */
    public static final class Builder {
      private final PollKind kind;
      private final String title;
      private final PollSpec spec;
      private final List<String> roll;
      private final Roll rollOf;
      private boolean secret = true;
      private boolean allowRevote;
      private boolean inPerson;
      private boolean isPublic;
      private boolean autoPublish;
      private Instant opensAt;
      private Instant closesAt;
      private String requestId;
      private String programmeId;
      private List<String> scrutineers;
      private Integer scrutineerThreshold;

      private Builder(PollKind kind, String title, PollSpec spec, List<String> roll, Roll rollOf) {
        this.kind = kind;
        this.title = title;
        this.spec = spec;
        this.roll = roll;
        this.rollOf = rollOf;
      }

      /** Secret (无记名, the default): ballots encrypted under the scrutineers' key; otherwise named. */
      public Builder secret(boolean secret) {
        this.secret = secret;
        return this;
      }

      public Builder allowRevote(boolean allowRevote) {
        this.allowRevote = allowRevote;
        return this;
      }

      public Builder inPerson(boolean inPerson) {
        this.inPerson = inPerson;
        return this;
      }

      public Builder isPublic(boolean isPublic) {
        this.isPublic = isPublic;
        return this;
      }

      /** Tallied and published as soon as it closes (no paper ballots). */
      public Builder autoPublish(boolean autoPublish) {
        this.autoPublish = autoPublish;
        return this;
      }

      /** Opens and closes at these times (either may be null: by staff). */
      public Builder schedule(Instant opensAt, Instant closesAt) {
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        return this;
      }

      /** Requested by another service under this request id. */
      public Builder requestId(String requestId) {
        this.requestId = requestId;
        return this;
      }

      /** The plenary poll of this livelihood-project programme. */
      public Builder programmeId(String programmeId) {
        this.programmeId = programmeId;
        return this;
      }

      public Builder scrutineers(List<String> scrutineers, Integer threshold) {
        this.scrutineers = scrutineers;
        this.scrutineerThreshold = threshold;
        return this;
      }

      public Draft build() {
        return new Draft(kind, title, spec, secret, allowRevote, inPerson, isPublic, autoPublish, roll, opensAt,
            closesAt, requestId, programmeId, scrutineers, scrutineerThreshold, rollOf);
      }
    }
  }

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
  /** The roll by kind, resolved again when the poll opens; null for a roll of ids given. */
  private Roll rollOf;
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
  /**
   * Recorded by the commands, taken by the store before it writes the poll: null when there are
   * none, so that the stored document has no such field.
   */
  private transient List<PollEvent> events;

  private Poll() {}

  /** Drafts a poll over a roll of ids none of whom the register holds (see the next). */
  public static Poll draft(String id, String congressId, CurrentUser staff, Draft d, Instant now) {
    return draft(id, congressId, staff, d, List.of(), now);
  }

  /**
   * Drafts a poll; {@code staff} null for a poll requested by another service. {@code register} is
   * the copy of the register's entries for the congress (those a roll names, at least): a roll by
   * kind is resolved from it, and a roll of ids may not name a deputy who left.
   */
  public static Poll draft(String id, String congressId, CurrentUser staff, Draft d,
      Collection<RegisteredDeputy> register, Instant now) {
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
    if ((d.roll() == null) == (d.rollOf() == null)) {
      throw new RuleViolationException("roll", "either the voters' ids (roll) or a roll by kind (rollOf)");
    }
    List<String> roll = d.rollOf() != null ? d.rollOf().resolve(register) : d.roll();
    PollSpec spec = d.rollOf() != null ? d.spec().withRollSize(roll.size()) : d.spec();
    if (roll.isEmpty() || Set.copyOf(roll).size() != roll.size() || roll.size() != spec.rollSize()) {
      throw new RuleViolationException("roll", "distinct voters, as many as the roll size");
    }
    if (d.rollOf() == null) {
      Roll.refuseNotServing(roll, register);
    }
    if (d.closesAt() != null && !d.closesAt().isAfter(d.opensAt() != null ? d.opensAt() : now)) {
      throw new RuleViolationException("closesAt", "a poll closes after it opens and in the future");
    }
    Poll p = new Poll();
    p.id = id;
    p.congressId = congressId;
    p.kind = d.kind();
    p.title = d.title();
    p.spec = spec;
    p.secret = d.secret();
    p.allowRevote = d.allowRevote();
    p.inPerson = d.inPerson();
    p.isPublic = d.isPublic();
    p.autoPublish = d.autoPublish();
    p.roll = List.copyOf(roll);
    p.rollOf = d.rollOf();
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
    p.record(new PollEvent.PollCreated(d.title(), d.spec().method(), d.spec().items(), d.opensAt(), d.closesAt(),
        d.scrutineers()));
    return p;
  }

  private static int thresholdOr(Integer threshold, List<String> scrutineers) {
    return threshold != null ? threshold : scrutineers.size() / 2 + 1;
  }

  /** Staff name (or rename) a secret poll's scrutineers; a ceremony under way starts again. */
  public void assignScrutineers(CurrentUser staff, List<String> ids, Integer threshold) {
    requireStaff(staff);
    require("name the scrutineers", State.DRAFT);
    if (!secret) {
      throw new RuleViolationException("scrutineers", "a named poll has no key: its ballots are not encrypted");
    }
    scrutineerKey = ScrutineerKey.of(ids, thresholdOr(threshold, ids));
    record(new PollEvent.ScrutineersAssigned(ids, scrutineerKey.threshold()));
  }

  /** Staff start the key ceremony again, e.g. after a complaint. */
  public void restartKeyCeremony(CurrentUser staff) {
    requireStaff(staff);
    require("start the key ceremony again", State.DRAFT);
    ScrutineerKey key = requireKey();
    assignScrutineers(staff, key.scrutineers().stream().map(ScrutineerKey.Scrutineer::id).toList(), key.threshold());
  }

  /** Ceremony step 1 by a scrutineer: its communication key and its commitments, with proofs. */
  public void publishKeyCommitments(String scrutineer, String communicationKey, ScrutineerKey.SchnorrText proof,
      List<ScrutineerKey.CommitmentText> commitments) {
    require("take part in the key ceremony", State.DRAFT);
    requireKey().commit(scrutineer, ceremonyContext(), communicationKey, proof, commitments);
    record(PollEvent.KeyCeremonyStep.of(PollEvent.CeremonyStep.commitments, scrutineerKey.indexOf(scrutineer)));
  }

  /** Ceremony step 2: the scrutineer's shares, sealed to the others. */
  public void sendKeyShares(String scrutineer, Map<String, String> shares) {
    require("take part in the key ceremony", State.DRAFT);
    requireKey().sendShares(scrutineer, shares);
    record(PollEvent.KeyCeremonyStep.of(PollEvent.CeremonyStep.shares, scrutineerKey.indexOf(scrutineer)));
  }

  /** Ceremony step 3: the scrutineer accepts its shares, or names the senders whose shares did not match. */
  public void confirmKeyShares(String scrutineer, List<Integer> complaints) {
    require("take part in the key ceremony", State.DRAFT);
    requireKey().confirm(scrutineer, complaints);
    int index = scrutineerKey.indexOf(scrutineer);
    boolean complained = complaints != null && !complaints.isEmpty();
    record(new PollEvent.KeyCeremonyStep(PollEvent.CeremonyStep.confirmation, index, complained ? true : null));
    if (scrutineerKey.stage() == ScrutineerKey.Stage.READY) {
      record(new PollEvent.PollKeyReady(scrutineerKey.publicKeyHex()));
    } else if (scrutineerKey.stage() == ScrutineerKey.Stage.FAILED) {
      record(new PollEvent.KeyCeremonyFailed(index, complaints));
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

  /** The events the commands since the last call caused, in order; the store publishes them with the poll. */
  public List<PollEvent> takeEvents() {
    List<PollEvent> taken = events == null ? List.of() : List.copyOf(events);
    events = null;
    return taken;
  }

  private void record(PollEvent event) {
    if (events == null) {
      events = new ArrayList<>();
    }
    events.add(event);
  }

  /** Opens a poll whose roll was fixed when drafted (a roll of ids). */
  public void open(CurrentUser staff, Instant now) {
    open(staff, now, List.of());
  }

  /**
   * Opens the poll. A roll by kind is fixed here, from {@code register} (the copy's entries for the
   * congress) as it stands now: a deputy who left since the draft is no longer on it, one
   * registered since is; those signed in before who are not on the fixed roll are signed out. A
   * roll of ids was fixed when drafted ({@code register} is not read).
   */
  public void open(CurrentUser staff, Instant now, Collection<RegisteredDeputy> register) {
    requireStaff(staff);
    require("open", State.DRAFT);
    if (secret && (scrutineerKey == null || scrutineerKey.stage() != ScrutineerKey.Stage.READY)) {
      throw new IllegalTransitionException("open before the scrutineers' key is ready",
          scrutineerKey == null ? "NO_SCRUTINEERS" : "KEY_" + scrutineerKey.stage().name());
    }
    if (rollOf != null) {
      roll = List.copyOf(rollOf.resolve(register));
      spec = spec.withRollSize(roll.size());
      Set<String> onRoll = Set.copyOf(roll);
      attendance = new ArrayList<>(attendance.stream().filter(onRoll::contains).toList());
    }
    state = State.OPEN;
    openedAt = now;
    record(new PollEvent.PollOpened(roll, now, closesAt));
  }

  /**
   * Records voters as present (签到), e.g. from the chamber's sign-in devices. The turnout event it
   * causes repeats the last reported ballot count, never the live one: a sign-in must not become a
   * way around the throttle on ballot counts.
   */
  public void signIn(CurrentUser staff, List<String> voterIds) {
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
    record(turnout(reportedTurnout, present.size() - before));
  }

  /**
   * The id the voter's ballot is stored under, one per voter (a unique key); refuses closed polls
   * and voters not on the roll or not present. In a secret poll it stands beside a ballot nobody can
   * read alone: only k scrutineers together could decrypt it, and they decrypt sums only.
   */
  public String ballotIdFor(String voterId) {
    return PollForBallot.ballotId(id, state, voterId, voterId != null && isOnRoll(voterId), inPerson,
        voterId != null && isSignedIn(voterId));
  }

  /** The voter is on the roll. */
  boolean isOnRoll(String voterId) {
    return roll.contains(voterId);
  }

  /** The voter is signed in (签到; in person). */
  boolean isSignedIn(String voterId) {
    return attendance.contains(voterId);
  }

  /** A secret poll's public key (what its ballots are encrypted under). */
  public org.bouncycastle.math.ec.ECPoint publicKey() {
    return scrutineerKey == null ? null : scrutineerKey.publicKey();
  }

  /** Those present: signed in for an in-person poll, otherwise those who voted. */
  public long present(long electronicBallots) {
    return inPerson ? attendance.size() : electronicBallots;
  }

  /**
   * A turnout-changed event when the number of ballots moved since the last one (the caller
   * throttles); false when there was nothing to report.
   */
  public boolean reportTurnout(long ballotsCast) {
    if (state == State.OPEN && ballotsCast != reportedTurnout) {
      record(turnout(ballotsCast, null));
      return true;
    }
    return false;
  }

  private PollEvent turnout(long ballotsCast, Integer signedIn) {
    reportedTurnout = ballotsCast;
    return new PollEvent.TurnoutChanged(ballotsCast, present(ballotsCast), signedIn);
  }

  /** Closes the poll; for a secret poll the ballot key is destroyed here, for good. */
  public void close(CurrentUser staff, Instant now, long ballotsCast) {
    requireStaff(staff);
    require("close", State.OPEN);
    state = State.CLOSED;
    closedAt = now;
    List<String> attendees = inPerson ? attendance.stream().sorted().toList() : List.of();
    record(new PollEvent.PollClosed(roll, now, ballotsCast, present(ballotsCast), attendees));
  }

  /** Adds counts from paper ballots or voting devices; never more ballots in all than voters present. */
  public void enterPaperTally(CurrentUser staff, PaperTally tally, long electronicBallots) {
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
    PaperTally entered = new PaperTally(tally.source(), tally.ballots(), tally.invalid(), tally.counts(), staff.subject());
    paperTallies.add(entered);
    record(new PollEvent.PaperTallyEntered(entered.source(), entered.ballots(), entered.invalid(), entered.counts(),
        entered.digest()));
  }

  /** Counts a named poll's box with the paper tallies and certifies the result with the digest of both. */
  public void tally(CurrentUser staff, BallotBox box, Instant now) {
    requireStaff(staff);
    require("tally", State.CLOSED);
    if (secret) {
      throw new IllegalTransitionException("count a secret poll in the clear", state.name());
    }
    long electronic = box.entries().size();
    certify(Tally.count(spec, present(electronic), box.ballots(), paperTallies), box.digest(paperTallies), electronic,
        now);
  }

  /**
   * Starts a secret poll's count: the box is fixed (its digest certified later), every answer's sum
   * is computed on the ciphertexts, and the scrutineers are asked to decrypt the sums.
   */
  public void count(CurrentUser staff, EncryptedBox box, Instant now) {
    requireStaff(staff);
    require("count", State.CLOSED);
    if (!secret) {
      throw new IllegalTransitionException("count a named poll as encrypted", state.name());
    }
    encryptedTally = EncryptedTally.of(spec, box.sums(), box.entries().size());
    countedBoxDigest = box.digest(paperTallies);
    countedBallots = box.entries().size();
    state = State.DECRYPTING;
    record(new PollEvent.DecryptionRequested(countedBoxDigest, countedBallots));
  }

  /**
   * A scrutineer's decryption shares of the sums, each proof checked; the {@code threshold}-th
   * scrutineer's shares decrypt the totals, and the result is counted and certified (TALLIED).
   */
  public void addDecryptionShares(String scrutineer, List<EncryptedTally.ShareText> shares, Instant now) {
    require("decrypt", State.DECRYPTING);
    ScrutineerKey key = requireKey();
    int index = key.indexOf(scrutineer);
    boolean decrypted = encryptedTally.addShares(index, KeyCeremony.publicShare(key.commitments(), index),
        ballotContext(), shares, key.threshold());
    record(new PollEvent.DecryptionShareGiven(index));
    if (decrypted) {
      Tally.Result result = Tally.count(spec, present(countedBallots), encryptedTally.electronic(countedBallots),
          paperTallies);
      certify(result, countedBoxDigest, countedBallots, now);
    }
  }

  private void certify(Tally.Result result, String boxDigest, long electronic, Instant now) {
    certified = new Certified(result, boxDigest, electronic, now);
    state = State.TALLIED;
    record(new PollEvent.PollTallied(result.valid(), boxDigest, result.ballots()));
  }

  /** Publishes the certified result (公布结果). */
  public void publish(CurrentUser staff, Instant now) {
    requireStaff(staff);
    require("publish", State.TALLIED);
    state = State.PUBLISHED;
    publishedAt = now;
    Tally.Result r = certified.result();
    record(new PollEvent.ResultPublished(roll(), r.valid(), r.quorumMet(), r.present(), r.ballots(),
        r.invalidBallots(), r.items().stream().map(PollEvent.PublishedItem::of).toList(),
        r.items().stream().filter(Tally.ItemResult::passed).map(Tally.ItemResult::item).toList(), r.selected(),
        r.tiedAtCutoff(), spec.seats(), spec.seats() == null ? null : r.seatsUnfilled(), Tally.Outcome.of(spec, r),
        certified.boxDigest(), now));
  }

  public void cancel(CurrentUser staff, String reason) {
    requireStaff(staff);
    require("cancel", State.DRAFT, State.OPEN);
    if (reason == null || reason.isBlank()) {
      throw new RuleViolationException("reason", "a cancelled poll says why");
    }
    cancelReason = reason;
    state = State.CANCELLED;
    record(new PollEvent.PollCancelled(roll, reason));
  }

  /**
   * The vote came to nothing: cancelled, or published without quorum. A programme whose plenary
   * poll failed may start another round.
   */
  public boolean failed() {
    return state == State.CANCELLED || state == State.PUBLISHED && !certified.result().valid();
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
  public Roll rollOf() { return rollOf; }
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
