package io.lianxin.voting.domain;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A poll (表决/测评): what is asked, who may vote (the roll, fixed when it opens), and its life
 * DRAFT → OPEN → CLOSED, or CANCELLED. A secret poll holds its ballot key only while open; closing
 * destroys it.
 */
public final class Poll {

  /** Where a poll stands. */
  public enum State { DRAFT, OPEN, CLOSED, CANCELLED }

  private String id;
  private String congressId;
  private String title;
  private PollSpec spec;
  private boolean secret;
  private List<String> roll = new ArrayList<>();
  private State state;
  private byte[] ballotKey;
  private long ballotsCast;
  private Instant openedAt;
  private Instant closedAt;
  private String cancelReason;

  private Poll() {}

  /** Staff draft a poll over a roll of voter ids (deputy ids or members' ids). */
  public static Poll draft(String id, CurrentUser staff, String title, PollSpec spec, boolean secret, List<String> roll) {
    requireStaff(staff);
    if (title == null || title.isBlank() || title.length() > 200) {
      throw new RuleViolationException("title", "a title of 1 to 200 characters");
    }
    if (roll == null || roll.isEmpty() || Set.copyOf(roll).size() != roll.size() || roll.size() != spec.rollSize()) {
      throw new RuleViolationException("roll", "distinct voters, as many as the roll size");
    }
    Poll p = new Poll();
    p.id = id;
    p.congressId = staff.congressId();
    p.title = title;
    p.spec = spec;
    p.secret = secret;
    p.roll = List.copyOf(roll);
    p.state = State.DRAFT;
    return p;
  }

  public void open(CurrentUser staff, Instant now) {
    requireStaff(staff);
    require("open", State.DRAFT);
    state = State.OPEN;
    openedAt = now;
    ballotKey = SecretBallotKeys.newPollKey();
  }

  /** The id the voter's ballot is stored under; refuses voters not on the roll and closed polls. */
  public String ballotIdFor(String voterId) {
    require("vote", State.OPEN);
    if (voterId == null || !roll.contains(voterId)) {
      throw new ForbiddenException("only voters on the roll vote");
    }
    return secret ? SecretBallotKeys.ballotId(ballotKey, id, voterId) : id + "|" + voterId;
  }

  /** Closes the poll; for a secret poll the ballot key is destroyed here, for good. */
  public void close(CurrentUser staff, Instant now) {
    requireStaff(staff);
    require("close", State.OPEN);
    state = State.CLOSED;
    closedAt = now;
    ballotKey = null;
  }

  public void cancel(CurrentUser staff, String reason) {
    requireStaff(staff);
    require("cancel", State.DRAFT, State.OPEN);
    if (reason == null || reason.isBlank()) {
      throw new RuleViolationException("reason", "a cancelled poll says why");
    }
    cancelReason = reason;
    state = State.CANCELLED;
    ballotKey = null;
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
    if (!user.has(Role.COMMITTEE_STAFF)) {
      throw new ForbiddenException("only committee staff manage polls");
    }
  }

  public String id() { return id; }
  public String congressId() { return congressId; }
  public String title() { return title; }
  public PollSpec spec() { return spec; }
  public boolean secret() { return secret; }
  public List<String> roll() { return List.copyOf(roll); }
  public State state() { return state; }
  public boolean hasBallotKey() { return ballotKey != null; }
  public Instant openedAt() { return openedAt; }
  public Instant closedAt() { return closedAt; }
  public String cancelReason() { return cancelReason; }
}
