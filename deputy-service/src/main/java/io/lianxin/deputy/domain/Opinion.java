package io.lianxin.deputy.domain;

import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A voter's opinion collected at a reception day (群众意见), followed by its tracking code: COLLECTED →
 * ASSIGNED to a handling unit (交办) or TAKEN_UP by a deputy on duty as a suggestion draft (代表领办) →
 * ANSWERED (答复) → FED_BACK to the voter (反馈). The visitor's name and contact are for the office only.
 */
public final class Opinion {

  /** Who brought the opinion, both optional (a voter may stay anonymous); never shown publicly. */
  public record Visitor(String name, String contact) {
    public static final Visitor ANONYMOUS = new Visitor(null, null);
  }

  /** Where the opinion went: a handling unit, or a deputy with the title of their suggestion draft. */
  public record Handling(String unitId, String deputyId, String draftTitle, LocalDate on) {}

  /** The answer given, and when. */
  public record Answer(String text, LocalDate on) {
    public Answer {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(on, "on");
    }
  }

  /** How and when the voter was told. */
  public record Feedback(FeedbackMode mode, LocalDate on) {
    public Feedback {
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(on, "on");
    }
  }

  /** Where an opinion was collected: the day, its station and date, and the visit it came with. */
  public record Origin(String dayId, String stationId, LocalDate receivedOn, String visitId) {
    public Origin {
      Objects.requireNonNull(dayId, "dayId");
      Objects.requireNonNull(stationId, "stationId");
      Objects.requireNonNull(receivedOn, "receivedOn");
      Objects.requireNonNull(visitId, "visitId");
    }
  }

  private final String congressId;
  private final String trackingCode;
  private final Origin origin;
  private final Visitor visitor;
  private final String text;
  private OpinionState state;
  private Handling handling;
  private Answer answer;
  private Feedback feedback;
  private final RecordedEvents<WorkEvent> events = new RecordedEvents<>();

  private Opinion(String congressId, String trackingCode, Origin origin, Visitor visitor, String text,
      OpinionState state, Handling handling, Answer answer, Feedback feedback) {
    this.congressId = Objects.requireNonNull(congressId, "congressId");
    this.trackingCode = Objects.requireNonNull(trackingCode, "trackingCode");
    this.origin = Objects.requireNonNull(origin, "origin");
    this.visitor = visitor == null ? Visitor.ANONYMOUS : visitor;
    this.text = Objects.requireNonNull(text, "text");
    this.state = Objects.requireNonNull(state, "state");
    this.handling = handling;
    this.answer = answer;
    this.feedback = feedback;
  }

  /** An opinion collected on a visit of a reception day (收集). */
  public static Opinion collect(ReceptionDay day, String visitId, String trackingCode, Visitor visitor, String text) {
    Origin origin = new Origin(day.dayId(), day.plan().stationId(), day.plan().date(), visitId);
    Opinion opinion = new Opinion(day.congressId(), trackingCode, origin, visitor, text, OpinionState.COLLECTED, null,
        null, null);
    opinion.events.record(new WorkEvent.VoterOpinionCollected());
    return opinion;
  }

  public static Opinion restore(String congressId, String trackingCode, Origin origin, Visitor visitor, String text,
      OpinionState state, Handling handling, Answer answer, Feedback feedback) {
    return new Opinion(congressId, trackingCode, origin, visitor, text, state, handling, answer, feedback);
  }

  /**
   * Assigns the opinion to a handling unit (交办), which must be an active unit of the register.
   *
   * @param unitActive whether {@code unitId} is an active unit of the opinion's congress
   */
  public void assign(String unitId, boolean unitActive, LocalDate on) {
    require(OpinionState.COLLECTED, "assign");
    if (!unitActive) {
      throw new RuleViolationException("unitId", "名册中没有这个在册承办单位 / not an active unit of the register: " + unitId);
    }
    handling = new Handling(unitId, null, null, on);
    state = OpinionState.ASSIGNED;
    events.record(new WorkEvent.VoterOpinionAssigned(unitId, on));
  }

  /** A deputy on duty that day takes the opinion up as a suggestion draft (代表领办). */
  public void takeUp(ReceptionDay day, String deputyId, String draftTitle, LocalDate on) {
    require(OpinionState.COLLECTED, "take up");
    if (!day.dayId().equals(origin.dayId()) || !day.onDuty(deputyId)) {
      throw new RuleViolationException("deputyId", "该代表当天不值班 / not on duty the day it was collected: " + deputyId);
    }
    handling = new Handling(null, deputyId, draftTitle, on);
    state = OpinionState.TAKEN_UP;
    events.record(new WorkEvent.VoterOpinionTakenUp(deputyId, draftTitle, text, on));
  }

  /** The unit's or the deputy's answer (答复). */
  public void answer(String text, LocalDate on) {
    if (state != OpinionState.ASSIGNED && state != OpinionState.TAKEN_UP) {
      throw new IllegalTransitionException("answer", state.name());
    }
    answer = new Answer(text, on);
    state = OpinionState.ANSWERED;
    events.record(new WorkEvent.VoterOpinionAnswered(on));
  }

  /** The voter was told the answer (反馈). */
  public void feedBack(FeedbackMode mode, LocalDate on) {
    require(OpinionState.ANSWERED, "feed back");
    feedback = new Feedback(mode, on);
    state = OpinionState.FED_BACK;
    events.record(new WorkEvent.VoterOpinionFedBack(mode, answer.text(), on));
  }

  /** The events of the commands since the last write, handed over once (to be staged with the opinion). */
  public List<WorkEvent> takeEvents() {
    return events.take();
  }

  /** The answer as the public may see it: only once it was told to the voter. */
  public Answer publishedAnswer() {
    return state == OpinionState.FED_BACK ? answer : null;
  }

  private void require(OpinionState wanted, String action) {
    if (state != wanted) {
      throw new IllegalTransitionException(action, state.name());
    }
  }

  public String congressId() {
    return congressId;
  }

  public String trackingCode() {
    return trackingCode;
  }

  public Origin origin() {
    return origin;
  }

  public Visitor visitor() {
    return visitor;
  }

  public String text() {
    return text;
  }

  public OpinionState state() {
    return state;
  }

  /** Null while collected. */
  public Handling handling() {
    return handling;
  }

  /** Null until answered. */
  public Answer answer() {
    return answer;
  }

  /** Null until fed back. */
  public Feedback feedback() {
    return feedback;
  }
}
