package io.lianxin.suggestion.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.messaging.DeterministicIds;
import io.lianxin.suggestion.application.port.RegisterCopyStore;
import io.lianxin.suggestion.application.port.SuggestionNumbers;
import io.lianxin.suggestion.application.port.SuggestionStore;
import io.lianxin.suggestion.domain.AssignTo;
import io.lianxin.suggestion.domain.ContactMode;
import io.lianxin.suggestion.domain.ContactPhase;
import io.lianxin.suggestion.domain.ContactResponse;
import io.lianxin.suggestion.domain.PersonalDataCheck;
import io.lianxin.suggestion.domain.PublicText;
import io.lianxin.suggestion.domain.CongressLevels;
import io.lianxin.suggestion.domain.MotionResult;
import io.lianxin.suggestion.domain.ProgressReport;
import io.lianxin.suggestion.domain.SuggestionKind;
import io.lianxin.suggestion.domain.SuggestionNumber;
import io.lianxin.suggestion.domain.Rating;
import io.lianxin.suggestion.domain.RegisterExtract;
import io.lianxin.suggestion.domain.ReplyContent;
import io.lianxin.suggestion.domain.ReplyReviewScope;
import io.lianxin.suggestion.domain.ReviewDecision;
import io.lianxin.suggestion.domain.SuggestionState;
import io.lianxin.suggestion.domain.Suggestion;
import io.lianxin.suggestion.domain.SuggestionAccess;
import io.lianxin.suggestion.domain.SuggestionCategory;
import io.lianxin.suggestion.domain.SuggestionDraft;
import io.lianxin.suggestion.domain.SuggestionPolicy;
import io.lianxin.suggestion.domain.WorkingCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The commands of suggestion handling. Each loads one item, checks the caller may see it (404
 * otherwise), lets the domain decide, and saves the item with its events in one write.
 */
@Service
public class SuggestionCommands {

  private static final Logger log = LoggerFactory.getLogger(SuggestionCommands.class);

  private final SuggestionStore store;
  private final SuggestionNumbers numbers;
  private final Clock clock;
  private final SuggestionPolicy policy;
  private final WorkingCalendar calendar;
  private final CongressLevels levels;
  private final SuggestionMeters meters;
  private final RegisterCopyStore register;
  private final ReplyReviewScope replyReview;

  public SuggestionCommands(SuggestionStore store, SuggestionNumbers numbers, Clock clock, SuggestionPolicy policy,
      WorkingCalendar calendar, CongressLevels levels, SuggestionMeters meters, RegisterCopyStore register,
      ReplyReviewScope replyReview) {
    this.register = register;
    this.replyReview = replyReview;
    this.store = store;
    this.numbers = numbers;
    this.clock = clock;
    this.policy = policy;
    this.calendar = calendar;
    this.levels = levels;
    this.meters = meters;
  }

  /** Whether a new item stays a draft even without co-signers to wait for. */
  public enum AsDraft { KEEP, SUBMIT_WHEN_READY }

  /**
   * A new item. Without co-signers to wait for it is submitted at once (one write, both events);
   * with co-signers, or when asked, it stays a draft until they confirm. With an Idempotency-Key the
   * item's id comes from the caller and the key: a retry whose first attempt wrote the item but
   * never answered (the process died) finds that item instead of creating a second one.
   */
  public Suggestion create(CurrentUser user, SuggestionDraft draft, AsDraft asDraft, String idempotencyKey) {
    String id = DeterministicIds.forCreate("suggestion", user.congressId(), user.subject(), idempotencyKey);
    if (idempotencyKey != null) {
      Optional<Loaded<Suggestion>> written = visible(user, id);
      if (written.isPresent()) {
        return written.get().item();
      }
    }
    Suggestion s = Suggestion.draft(id, user, draft, clock.instant());
    signersOf(s).checkSigners(s);
    SuggestionNumber taken = null;
    if (asDraft == AsDraft.SUBMIT_WHEN_READY && s.coSignerDeputyIds().isEmpty()) {
      taken = submitInPlace(user, s);
    }
    store.insert(s, user);
    confirmNumber(s.congressId(), taken, s.id());
    return s;
  }

  public Suggestion edit(CurrentUser user, String id, SuggestionDraft changed) {
    return act(user, id, s -> {
      s.edit(user, changed);
      signersOf(s).checkSigners(s);
    });
  }

  public Suggestion confirmCoSignature(CurrentUser user, String id) {
    return act(user, id, s -> s.confirmCoSignature(user, clock.instant()));
  }

  public Suggestion submit(CurrentUser user, String id) {
    SuggestionNumber[] taken = new SuggestionNumber[1];
    Suggestion submitted = act(user, id, s -> taken[0] = submitInPlace(user, s));
    confirmNumber(submitted.congressId(), taken[0], submitted.id());
    return submitted;
  }

  /** The register's entries for the item's co-signers and proposer (checked after the item's own rules). */
  private RegisterExtract signersOf(Suggestion s) {
    List<String> deputies = new ArrayList<>(s.coSignerDeputyIds());
    deputies.add(s.proposerDeputyId());
    return register.extract(s.congressId(), deputies, List.of());
  }

  private RegisterExtract unitsOf(String congressId, AssignTo to) {
    List<String> units = new ArrayList<>(to.coUnitIds());
    units.add(to.leadUnitId());
    return register.extract(congressId, List.of(), units);
  }

  /** Submits the loaded item; the number it took now (null when it kept the one it had), to confirm after the save. */
  private SuggestionNumber submitInPlace(CurrentUser user, Suggestion s) {
    var level = levels.levelOf(s.congressId());
    s.checkCanSubmit(user, level, policy);
    signersOf(s).checkSigners(s); // again: a co-signer or the delegation's head may have left since drafting
    var number = s.needsNumber()
        ? numbers.reserve(s.congressId(), s.kind(), LocalDate.ofInstant(clock.instant(), policy.zone()).getYear(), s.id())
        : null;
    s.submit(user, level, policy, number, clock.instant());
    return number;
  }

  /**
   * After the item's save with the number it took: the series forgets it. A failure here costs nothing
   * but a pending entry the scheduled check removes, so it does not fail the command that succeeded.
   */
  private void confirmNumber(String congressId, SuggestionNumber taken, String suggestionId) {
    if (taken == null) {
      return;
    }
    try {
      numbers.confirm(congressId, taken, suggestionId);
    } catch (RuntimeException e) {
      log.warn("number {} of {} not confirmed (the scheduled check will): {}", taken, suggestionId, e.toString());
    }
  }

  public Suggestion withdraw(CurrentUser user, String id, String reason) {
    return act(user, id, s -> s.withdraw(user, reason, clock.instant()));
  }

  public Suggestion returnToDeputy(CurrentUser user, String id, String reason) {
    return act(user, id, s -> s.returnToDeputy(user, reason));
  }

  public Suggestion register(CurrentUser user, String id, SuggestionCategory category, List<String> similarIds) {
    return act(user, id, s -> s.register(user, category, similarIds));
  }

  public Suggestion notRegister(CurrentUser user, String id, String reason) {
    return act(user, id, s -> s.notRegister(user, reason, clock.instant()));
  }

  public Suggestion merge(CurrentUser user, String id, String targetId) {
    Suggestion target = visible(user, targetId).orElseThrow(() -> new NotFoundException("suggestion", targetId)).item();
    return act(user, id, s -> s.mergeInto(user, target, clock.instant()));
  }

  public Suggestion placeOnAgenda(CurrentUser user, String id, String committee, String note) {
    return act(user, id, s -> s.placeOnAgenda(user, committee, note, clock.instant()));
  }

  public Suggestion recordDeliberation(CurrentUser user, String id, MotionResult result, String note) {
    return act(user, id, s -> s.recordDeliberation(user, result, note, clock.instant()));
  }

  /**
   * Converts a registered motion to a suggestion (转为建议): two items, two writes — the new
   * suggestion first, then the motion with its link. The new item's id is derived from the
   * motion's, and its number is reserved by that id: a retry after a failure between the writes
   * finds the suggestion written and only links the motion, never making a second one.
   */
  public Suggestion convertToSuggestion(CurrentUser user, String id, String note) {
    Loaded<Suggestion> loaded = visible(user, id).orElseThrow(() -> new NotFoundException("suggestion", id));
    Suggestion motion = loaded.item();
    motion.checkCanConvert(user);
    String suggestionId = DeterministicIds.of("suggestion-from-motion", motion.congressId(), motion.id());
    Optional<Loaded<Suggestion>> written = store.find(suggestionId);
    var number = written.map(l -> l.item().number()).orElseGet(() -> numbers.reserve(motion.congressId(),
        SuggestionKind.SUGGESTION, LocalDate.ofInstant(clock.instant(), policy.zone()).getYear(), suggestionId));
    Suggestion converted = motion.convertToSuggestion(user, suggestionId, number, note, clock.instant());
    if (written.isEmpty()) {
      store.insert(converted, user);
      confirmNumber(motion.congressId(), number, suggestionId);
    }
    store.save(loaded, user);
    return motion;
  }

  public Suggestion assign(CurrentUser user, String id, AssignTo to) {
    return act(user, id, s -> {
      s.assign(user, to, policy, clock.instant());
      unitsOf(s.congressId(), to).checkUnits(to);
    });
  }

  /** One item of a batch assignment (集中交办). */
  public record BatchItem(String suggestionId, AssignTo to) {}

  /** The outcome of one batch item: ASSIGNED, or the problem that stopped it (nothing written then). */
  public record BatchResult(String suggestionId, boolean assigned, String problem, String detail) {}

  /** The answer of an assignment meeting: each line's result in the order sent, and the counts. */
  public record BatchReport(List<BatchResult> items, int assigned, int refused) {
    static BatchReport of(List<BatchResult> results) {
      int assigned = (int) results.stream().filter(BatchResult::assigned).count();
      return new BatchReport(List.copyOf(results), assigned, results.size() - assigned);
    }
  }

  /** Assigns many items; each item is one write, all or nothing, with its own result. */
  public BatchReport assignBatch(CurrentUser user, List<BatchItem> items) {
    List<BatchResult> results = new ArrayList<>();
    for (BatchItem item : items) {
      try {
        assign(user, item.suggestionId(), item.to());
        results.add(new BatchResult(item.suggestionId(), true, null, null));
      } catch (RuntimeException e) {
        results.add(new BatchResult(item.suggestionId(), false, ProblemNames.of(e), e.getMessage()));
      }
    }
    return BatchReport.of(results);
  }

  public Suggestion dispute(CurrentUser user, String id, String reason) {
    return act(user, id, s -> s.dispute(user, reason, policy, calendar, clock.instant()));
  }

  public Suggestion reassign(CurrentUser user, String id, AssignTo to) {
    return act(user, id, s -> {
      s.reassign(user, to, policy, clock.instant());
      unitsOf(s.congressId(), to).checkUnits(to);
    });
  }

  public Suggestion accept(CurrentUser user, String id, String handlerName, String responsibleLeader) {
    return act(user, id, s -> s.accept(user, handlerName, responsibleLeader, clock.instant()));
  }

  public Suggestion logContact(CurrentUser user, String id, ContactPhase phase, LocalDate date, ContactMode mode,
      String notes) {
    return act(user, id, s -> s.logContact(user, phase, date, mode, notes, policy, clock.instant()));
  }

  public Suggestion answerContact(CurrentUser user, String id, int contactNumber, ContactResponse response,
      String reason) {
    return act(user, id, s -> s.answerContact(user, contactNumber, response, reason, clock.instant()));
  }

  public Suggestion coUnitOpinion(CurrentUser user, String id, String text) {
    return act(user, id, s -> s.submitCoUnitOpinion(user, text, clock.instant()));
  }

  public Suggestion draftReply(CurrentUser user, String id, ReplyContent reply) {
    return act(user, id, s -> s.draftReply(user, reply, policy, clock.instant()));
  }

  /** The unit head signs; where the committee reviews replies it waits for review, else it is sent. */
  public Suggestion signReply(CurrentUser user, String id) {
    return countIfSent(act(user, id, s -> s.signReply(user, replyReview, policy, clock.instant())));
  }

  /** The office's review of a signed reply: approved (to the leader) or sent back to the unit. */
  public Suggestion reviewReply(CurrentUser user, String id, ReviewDecision decision, String reason) {
    return act(user, id, s -> s.reviewReply(user, decision, reason, policy, clock.instant()));
  }

  /** The leader's sign-off of a reviewed reply: approved (sent to the deputies) or sent back to the unit. */
  public Suggestion signOffReply(CurrentUser user, String id, ReviewDecision decision, String reason) {
    return countIfSent(act(user, id, s -> s.signOffReply(user, decision, reason, policy, clock.instant())));
  }

  private Suggestion countIfSent(Suggestion s) {
    if (s.state() == SuggestionState.REPLIED) {
      meters.replySigned(s);
    }
    return s;
  }

  public Suggestion evaluate(CurrentUser user, String id, Rating rating, String comment) {
    return act(user, id, s -> s.evaluate(user, rating, comment, policy, clock.instant()));
  }

  public Suggestion orderRehandling(CurrentUser user, String id, String unitId) {
    return act(user, id, s -> {
      String replying = s.assignment() == null ? null : s.assignment().leadUnitId();
      s.orderRehandling(user, unitId, policy, clock.instant());
      // the replying unit (whose superior the register names) and the unit asked to re-handle
      List<String> units = new ArrayList<>();
      if (replying != null) {
        units.add(replying);
      }
      if (unitId != null && !unitId.isBlank()) {
        units.add(unitId);
      }
      register.extract(s.congressId(), List.of(), units).checkRehandlingUnit(replying, unitId);
    });
  }

  public Suggestion closeUnsatisfied(CurrentUser user, String id) {
    return act(user, id, s -> s.closeUnsatisfied(user, clock.instant()));
  }

  public Suggestion markNotPublic(CurrentUser user, String id, String reason) {
    return act(user, id, s -> s.markNotPublic(user, reason));
  }

  public Suggestion publish(CurrentUser user, String id, PublicText publicText, PersonalDataCheck check) {
    return act(user, id, s -> s.publish(user, publicText, check, clock.instant()));
  }

  /** Staff name the key item's supervising leader; their seat on the chair's council is checked after the item's rules. */
  public Suggestion markKey(CurrentUser user, String id, String leaderId) {
    return act(user, id, s -> {
      s.markKey(user, leaderId);
      register.extract(s.congressId(), List.of(leaderId), List.of()).checkSupervisingLeader(leaderId);
    });
  }

  public Suggestion addSupervisionNote(CurrentUser user, String id, String text, ProgressReport report,
      LocalDate reportDueDate) {
    return act(user, id, s -> s.addSupervisionNote(user, text, report, reportDueDate, policy, clock.instant()));
  }

  /** The lead unit's progress report answering supervision note {@code noteNumber}'s request. */
  public Suggestion submitProgressReport(CurrentUser user, String id, int noteNumber, String text) {
    return act(user, id, s -> s.submitProgressReport(user, noteNumber, text, policy, clock.instant()));
  }

  /** Staff set a key item's working group; its deputies are checked against the register after the item's rules. */
  public Suggestion setWorkingGroup(CurrentUser user, String id, List<String> deputyIds) {
    return act(user, id, s -> {
      s.setWorkingGroup(user, deputyIds);
      register.extract(s.congressId(), s.workingGroupDeputyIds(), List.of()).checkWorkingGroup(s.workingGroupDeputyIds());
    });
  }

  public Suggestion recordInspection(CurrentUser user, String id, LocalDate inspectedOn, String findings) {
    return act(user, id, s -> s.recordInspection(user, inspectedOn, findings, policy, clock.instant()));
  }

  /** Sends by the direct channel to units of the register (checked after the item's own rules). */
  public Suggestion sendDirectChannel(CurrentUser user, String id, List<String> recipientUnitIds) {
    return act(user, id, s -> s.sendDirectChannel(user, recipientUnitIds,
        register.extract(s.congressId(), List.of(), recipientUnitIds == null ? List.of() : recipientUnitIds),
        clock.instant()));
  }

  public Suggestion recordInstruction(CurrentUser user, String id, String text, String by) {
    return act(user, id, s -> s.recordInstruction(user, text, by, clock.instant()));
  }

  public Suggestion fulfilCommitment(CurrentUser user, String id, String commitmentId, String evidence) {
    return act(user, id, s -> s.fulfilCommitment(user, commitmentId, evidence, policy, clock.instant()));
  }

  public Suggestion openLookBack(CurrentUser user, String id, String note) {
    return act(user, id, s -> s.openLookBack(user, note));
  }

  private Suggestion act(CurrentUser user, String id, Consumer<Suggestion> command) {
    Loaded<Suggestion> loaded = visible(user, id).orElseThrow(() -> new NotFoundException("suggestion", id));
    command.accept(loaded.item());
    store.save(loaded, user);
    return loaded.item();
  }

  /** The item, if the caller may see it (404 otherwise, as if it did not exist). */
  private Optional<Loaded<Suggestion>> visible(CurrentUser user, String id) {
    return store.find(id).filter(l -> SuggestionAccess.visibleTo(l.item(), user));
  }
}
