package io.lianxin.voting.application.port;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.voting.domain.Poll;
import io.lianxin.voting.domain.PollForBallot;
import io.lianxin.voting.domain.PollKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Polls, each saved with the events its commands recorded in one write (the outbox). A save or
 * insert that finds the poll changed (or already there) meanwhile throws Spring's
 * {@code OptimisticLockingFailureException} and writes nothing.
 */
public interface PollStore {

  Optional<Loaded<Poll>> find(String id);

  /**
   * What a ballot of {@code voterId} reads of the poll: the rules, the state and the key without
   * the roll, attendance and history when the voter is on the roll and (in person) signed in — a
   * read by the poll's id that its {@code _id} index serves; the whole poll, to tell the voter why
   * not, otherwise. Empty when there is no such poll.
   */
  Optional<PollForBallot> forBallot(String id, String voterId);

  /** The poll's state only (a small read). */
  Optional<Poll.State> state(String id);

  /** Writes a new poll with its events; {@code actor} null: the service itself. */
  Loaded<Poll> insert(Poll poll, CurrentUser actor);

  /** Writes a changed poll with its events, if nobody else did since it was loaded. */
  Loaded<Poll> save(Loaded<Poll> poll, CurrentUser actor);

  /**
   * Polls of a congress, newest first, without roll and attendance; drafts only if {@code withDrafts}; only those
   * whose roll holds {@code voterId} unless it is null.
   */
  List<Poll> list(String congressId, Poll.State state, boolean withDrafts, String voterId, int page, int size);

  /** How many polls {@link #list} pages through. */
  long count(String congressId, Poll.State state, boolean withDrafts, String voterId);

  /** How many polls of one congress and kind are open. */
  record OpenPolls(String congressId, PollKind kind, long polls) {}

  /** The open polls counted by congress and kind (only those with at least one). */
  List<OpenPolls> openPolls();

  /** Drafts due to open, open polls due to close and, when {@code allOpen}, every open one. */
  List<Loaded<Poll>> scheduled(Instant now, boolean allOpen);
}
