package io.lianxin.supervision.domain;

import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A supervision topic proposed by a deputy, a resident or the office (监督议题征集, 问需于民): open to
 * supports (one per person, kept beside the topic under a unique key) until the office merges it
 * into a duplicate (合并) — its supports move there, a person who supported both counted once — and
 * assessed for feasibility (可行性) before the annual plan takes it up.
 */
public final class SupervisionTopic {

  /** The proposal: title and description, who proposed it (user id, kind) and when. */
  public record Proposal(String title, String description, String proposerId, ProposerKind proposerKind,
      LocalDate proposedOn) {
    public Proposal {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(proposerId, "proposerId");
      Objects.requireNonNull(proposerKind, "proposerKind");
      Objects.requireNonNull(proposedOn, "proposedOn");
    }
  }

  /** The state as stored. */
  public record State(TopicStatus status, String mergedIntoTopicId, Feasibility feasibility, String feasibilityNote) {}

  private final String congressId;
  private final String topicId;
  private final Proposal proposal;
  private TopicStatus status;
  private String mergedIntoTopicId;
  private Feasibility feasibility;
  private String feasibilityNote;
  private final List<SupervisionEvent> events = new ArrayList<>();

  private SupervisionTopic(String congressId, String topicId, Proposal proposal, State state) {
    this.congressId = Objects.requireNonNull(congressId, "congressId");
    this.topicId = Objects.requireNonNull(topicId, "topicId");
    this.proposal = Objects.requireNonNull(proposal, "proposal");
    this.status = state.status();
    this.mergedIntoTopicId = state.mergedIntoTopicId();
    this.feasibility = state.feasibility();
    this.feasibilityNote = state.feasibilityNote();
  }

  public static SupervisionTopic propose(String congressId, String topicId, Proposal proposal) {
    SupervisionTopic t = new SupervisionTopic(congressId, topicId, proposal, new State(TopicStatus.OPEN, null, null, null));
    t.events.add(new SupervisionEvent.TopicProposed(proposal.proposerKind()));
    return t;
  }

  public static SupervisionTopic restore(String congressId, String topicId, Proposal proposal, State state) {
    return new SupervisionTopic(congressId, topicId, proposal, state);
  }

  /** A support may be given only while the topic is open (a merged topic's supporters support the other). */
  public void requireOpenForSupport() {
    requireOpen("support the topic");
  }

  /** Merges this duplicate into {@code other} (an open topic, not itself); the supports move in the store. */
  public void mergeInto(SupervisionTopic other) {
    requireOpen("merge the topic");
    if (other.topicId.equals(topicId)) {
      throw new RuleViolationException("intoTopicId", "议题不能合并到自身 / a topic cannot be merged into itself");
    }
    if (other.status != TopicStatus.OPEN) {
      throw new RuleViolationException("intoTopicId",
          "只能合并到未合并的议题 / the topic merged into must be open: " + other.topicId);
    }
    status = TopicStatus.MERGED;
    mergedIntoTopicId = other.topicId;
    events.add(new SupervisionEvent.TopicMerged(other.topicId, other.proposal.title()));
  }

  /** The office's feasibility note (可行性论证), recorded again when it changes its mind. */
  public void assessFeasibility(Feasibility assessment, String note) {
    requireOpen("assess the topic");
    feasibility = Objects.requireNonNull(assessment, "assessment");
    feasibilityNote = Objects.requireNonNull(note, "note");
    events.add(new SupervisionEvent.TopicAssessed(assessment, note));
  }

  /** Whether the annual plan may take this topic up: open (a merged topic's plan item names the other). */
  public boolean open() {
    return status == TopicStatus.OPEN;
  }

  private void requireOpen(String action) {
    if (status != TopicStatus.OPEN) {
      throw new IllegalTransitionException(action, status.name());
    }
  }

  public List<SupervisionEvent> takeEvents() {
    List<SupervisionEvent> taken = List.copyOf(events);
    events.clear();
    return taken;
  }

  public String congressId() {
    return congressId;
  }

  public String topicId() {
    return topicId;
  }

  public Proposal proposal() {
    return proposal;
  }

  public TopicStatus status() {
    return status;
  }

  public String mergedIntoTopicId() {
    return mergedIntoTopicId;
  }

  public Feasibility feasibility() {
    return feasibility;
  }

  public String feasibilityNote() {
    return feasibilityNote;
  }
}
