package io.lianxin.suggestion.domain;

import static io.lianxin.suggestion.domain.Fixtures.*;
import static io.lianxin.suggestion.domain.SuggestionState.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random sequences of commands by random actors at random times never reach an invalid state,
 * never change anything when they are refused, and never lose a line of history.
 */
class SuggestionPropertiesTest {

  /** Allowed successors of each state, written independently of the aggregate. */
  static final Map<SuggestionState, Set<SuggestionState>> ALLOWED = Map.ofEntries(
      Map.entry(DRAFT, EnumSet.of(DRAFT, SUBMITTED, WITHDRAWN)),
      Map.entry(SUBMITTED, EnumSet.of(SUBMITTED, DRAFT, REGISTERED, NOT_REGISTERED, WITHDRAWN)),
      Map.entry(REGISTERED, EnumSet.of(REGISTERED, ASSIGNED, WITHDRAWN)),
      Map.entry(ASSIGNED, EnumSet.of(ASSIGNED, ASSIGNMENT_DISPUTED, IN_PROGRESS)),
      Map.entry(ASSIGNMENT_DISPUTED, EnumSet.of(ASSIGNMENT_DISPUTED, ASSIGNED)),
      Map.entry(IN_PROGRESS, EnumSet.of(IN_PROGRESS, REPLIED)),
      Map.entry(REPLIED, EnumSet.of(REPLIED, EVALUATED, CLOSED)),
      Map.entry(EVALUATED, EnumSet.of(EVALUATED, REHANDLING, CLOSED)),
      Map.entry(REHANDLING, EnumSet.of(REHANDLING, REPLIED)),
      Map.entry(CLOSED, EnumSet.of(CLOSED, PUBLISHED)),
      Map.entry(PUBLISHED, EnumSet.of(PUBLISHED)),
      Map.entry(WITHDRAWN, EnumSet.of(WITHDRAWN)),
      Map.entry(NOT_REGISTERED, EnumSet.of(NOT_REGISTERED)));

  enum Command {
    EDIT, CONFIRM, SUBMIT, WITHDRAW, RETURN, REGISTER, NOT_REGISTER, ASSIGN, DISPUTE, REASSIGN, ACCEPT, CONTACT,
    CO_UNIT_OPINION, DRAFT_REPLY_A, DRAFT_REPLY_B, DRAFT_REPLY_C, SIGN, EVALUATE, REHANDLE, CLOSE, NOT_PUBLIC, PUBLISH,
    MARK_KEY, NOTE, DIRECT, INSTRUCTION, FULFIL, LOOK_BACK, DEADLINES
  }

  /** {@code actor} -1: the role the command is meant for; otherwise anyone, to hit the refusals. */
  record Step(Command command, int actor, int days, Rating rating, boolean natural) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Integer> actor = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, Arbitraries.just(-1)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, EVERYONE.size() - 1)));
    // Commands that end or undo an item are rarer, so that walks also reach the late states.
    List<net.jqwik.api.Tuple.Tuple2<Integer, Command>> weighted = new ArrayList<>();
    for (Command c : Command.values()) {
      int weight = switch (c) {
        case WITHDRAW, NOT_REGISTER, RETURN -> 1;
        case DISPUTE, EDIT, NOT_PUBLIC -> 2;
        default -> 6;
      };
      weighted.add(net.jqwik.api.Tuple.of(weight, c));
    }
    @SuppressWarnings("unchecked")
    Arbitrary<Command> commands = Arbitraries.frequency(weighted.toArray(net.jqwik.api.Tuple.Tuple2[]::new));
    Arbitrary<Step> step = Combinators.combine(
        commands, actor, Arbitraries.integers().between(0, 12), Arbitraries.of(Rating.class),
        Arbitraries.integers().between(0, 9).map(n -> n < 6)).as(Step::new);
    return step.list().ofMinSize(10).ofMaxSize(150);
  }

  static Command natural(Suggestion s, Step step) {
    return switch (s.state()) {
      case DRAFT -> step.days() % 2 == 0 ? Command.CONFIRM : Command.SUBMIT;
      case SUBMITTED -> Command.REGISTER;
      case REGISTERED -> Command.ASSIGN;
      case ASSIGNED -> step.days() % 5 == 0 ? Command.DISPUTE : step.days() % 5 == 1 ? Command.CO_UNIT_OPINION : Command.ACCEPT;
      case ASSIGNMENT_DISPUTED -> Command.REASSIGN;
      case IN_PROGRESS, REHANDLING -> s.replyDraft() != null ? Command.SIGN
          : List.of(Command.DRAFT_REPLY_A, Command.DRAFT_REPLY_B, Command.DRAFT_REPLY_C).get(step.rating().ordinal());
      case REPLIED -> step.days() % 4 == 0 ? Command.DEADLINES : Command.EVALUATE;
      case EVALUATED -> step.days() % 3 == 0 ? Command.CLOSE : Command.REHANDLE;
      case CLOSED -> step.days() % 3 == 0 ? Command.FULFIL : step.days() % 3 == 1 ? Command.LOOK_BACK : Command.PUBLISH;
      default -> step.command();
    };
  }

  static CurrentUser meantFor(Command command) {
    return switch (command) {
      case EDIT, SUBMIT, WITHDRAW, EVALUATE -> DEPUTY;
      case CONFIRM -> CO_SIGNER;
      case ACCEPT, DISPUTE, CONTACT, DRAFT_REPLY_A, DRAFT_REPLY_B, DRAFT_REPLY_C, FULFIL -> HANDLER;
      case SIGN -> HEAD;
      case CO_UNIT_OPINION -> CO_UNIT;
      case NOTE -> LEADER;
      default -> STAFF;
    };
  }

  @Property(tries = 400)
  void randomCommandsKeepTheItemValidAndItsHistoryWhole(@ForAll("steps") List<Step> steps) {
    Suggestion s = drafted(List.of("D2"));
    List<SuggestionEvent> history = new ArrayList<>(s.takeEvents());
    Instant now = START;
    int numbers = 0;
    Set<SuggestionState> reached = EnumSet.noneOf(SuggestionState.class);
    for (Step step : steps) {
      now = now.plusSeconds(86_400L * step.days());
      // Most steps take the item's natural next step, so that walks reach replies, re-handling and
      // publication; the others are any command by anyone, to hit the refusals.
      Command command = step.natural() ? natural(s, step) : step.command();
      step = new Step(command, step.actor(), step.days(), step.rating(), step.natural());
      CurrentUser actor = step.actor() < 0 || step.natural() ? meantFor(command) : EVERYONE.get(step.actor());
      Snapshot before = Snapshot.of(s);
      try {
        apply(s, step, actor, now, ++numbers);
      } catch (ForbiddenException | IllegalTransitionException | RuleViolationException refused) {
        assertThat(Snapshot.of(s)).as("a refused " + step.command() + " changes nothing").isEqualTo(before);
        assertThat(s.takeEvents()).as("and records nothing").isEmpty();
        continue;
      }
      List<SuggestionEvent> events = s.takeEvents();
      assertThat(ALLOWED.get(before.state())).as(step.command() + " from " + before.state()).contains(s.state());
      if (!Snapshot.of(s).equals(before)) {
        assertThat(events).as("every change of " + step.command() + " is recorded").isNotEmpty();
      }
      history.addAll(events);
      checkInvariants(s);
      reached.add(s.state());
    }
    // The report shows that the walks reach the late states, not only drafts.
    Statistics.label("replied at some point").collect(reached.contains(REPLIED));
    Statistics.label("final state").collect(s.state());
    Statistics.label("closed or published at the end").collect(s.state() == CLOSED || s.state() == PUBLISHED);
    long transitions = history.stream().filter(e -> e instanceof SuggestionEvent.Submitted || e instanceof SuggestionEvent.Closed).count();
    assertThat(transitions).isLessThanOrEqualTo(history.size());
  }

  static void apply(Suggestion s, Step step, CurrentUser actor, Instant now, int number) {
    LocalDate today = LocalDate.ofInstant(now, ZONE);
    switch (step.command()) {
      case EDIT -> s.edit(actor, SuggestionDraft.suggestion("新标题", "新内容", SuggestionCategory.HOUSING).coSignedBy(List.of("D2")));
      case CONFIRM -> s.confirmCoSignature(actor, now);
      case SUBMIT -> s.submit(actor, CongressLevel.COUNTY, POLICY, number(number), now);
      case WITHDRAW -> s.withdraw(actor, "不再需要", now);
      case RETURN -> s.returnToDeputy(actor, "请补充");
      case REGISTER -> s.register(actor, null, List.of());
      case NOT_REGISTER -> s.notRegister(actor, "不属于建议", now);
      case ASSIGN -> s.assign(actor, step.days() % 2 == 0 ? AssignTo.lead("U1").withCoUnits(List.of("U2")).asComplex()
          : AssignTo.lead("U1").withCoUnits(List.of("U2")), POLICY, now);
      case DISPUTE -> s.dispute(actor, "非本单位职责", POLICY, WorkingCalendar.weekendsOnly(), now);
      case REASSIGN -> s.reassign(actor, AssignTo.lead("U1"), POLICY, now);
      case ACCEPT -> s.accept(actor, "承办人", "领导", now);
      case CONTACT -> s.logContact(actor, ContactPhase.DURING, today, ContactMode.PHONE, "电话沟通", POLICY, now);
      case CO_UNIT_OPINION -> s.submitCoUnitOpinion(actor, "意见", now);
      case DRAFT_REPLY_A -> s.draftReply(actor, ReplyContent.of(ReplyCategory.A, "已解决")
          .withoutOpinionsBecause("未复"), POLICY, now);
      case DRAFT_REPLY_B -> s.draftReply(actor, ReplyContent.of(ReplyCategory.B, "计划中")
          .promising(List.of(new Suggestion.CommitmentDraft("承诺", today.plusDays(30))))
              .withoutOpinionsBecause("未复"), POLICY, now);
      case DRAFT_REPLY_C -> s.draftReply(actor, ReplyContent.of(ReplyCategory.C, "留作参考").because("条件不足")
          .withoutOpinionsBecause("未复"), POLICY, now);
      case SIGN -> s.signReply(actor, Fixtures.NO_REVIEW, POLICY, now);
      case EVALUATE -> s.evaluate(actor, step.rating(), null, POLICY, now);
      case REHANDLE -> s.orderRehandling(actor, null, POLICY, now);
      case CLOSE -> s.closeUnsatisfied(actor, now);
      case NOT_PUBLIC -> s.markNotPublic(actor, "个人信息");
      case PUBLISH -> s.publish(actor, null, PersonalDataCheck.REFUSE_IF_FOUND, now);
      case MARK_KEY -> s.markKey(actor, "leader");
      case NOTE -> s.addSupervisionNote(actor, "督办", ProgressReport.REQUESTED, today.plusDays(14), POLICY, now);
      case DIRECT -> s.sendDirectChannel(actor, List.of("U-gov"), Fixtures.register(), now);
      case INSTRUCTION -> s.recordInstruction(actor, "批示", "县长", now);
      case FULFIL -> s.fulfilCommitment(actor, s.commitments().isEmpty() ? "none" : s.commitments().get(0).id(),
          "证据", POLICY, now);
      case LOOK_BACK -> s.openLookBack(actor, "回头看");
      case DEADLINES -> s.applyDeadlines(today, POLICY, now);
    }
  }

  static void checkInvariants(Suggestion s) {
    SuggestionState st = s.state();
    if (st != DRAFT && st != WITHDRAWN) {
      assertThat(s.number()).as("numbered once submitted").isNotNull();
    }
    if (EnumSet.of(ASSIGNED, ASSIGNMENT_DISPUTED, IN_PROGRESS, REPLIED, EVALUATED, REHANDLING).contains(st)) {
      assertThat(s.assignment()).isNotNull();
      assertThat(s.replyDueDate()).isNotNull();
    }
    if (st == REPLIED) {
      assertThat(s.evaluationDueDate()).isNotNull();
      assertThat(s.latestReply().round()).isEqualTo(s.round());
    }
    if (st == CLOSED || st == PUBLISHED || st == WITHDRAWN || st == NOT_REGISTERED) {
      assertThat(s.outcome()).isNotNull();
    }
    if (st == PUBLISHED) {
      assertThat(s.notPublic()).isFalse();
    }
    assertThat(s.round()).isBetween(0, POLICY.maxRehandlingRounds());
    assertThat(s.replies().size()).isLessThanOrEqualTo(s.round() + 1);
    long promised = s.replies().stream().mapToLong(r -> r.commitments().size()).sum();
    assertThat(s.commitments()).hasSize((int) promised);
    assertThat(s.evaluations().stream().map(e -> e.deputyId() + "#" + e.round()).distinct().count())
        .as("one evaluation per deputy per round").isEqualTo(s.evaluations().size());
  }

  /** What a refused command must leave untouched. */
  record Snapshot(SuggestionState state, SuggestionNumber number, int round, int replies, int evaluations,
      int commitments, long fulfilled, int contacts, int opinions, boolean hasDraft, String lead, String title,
      boolean notPublic, boolean lookBack, int notes, boolean direct, int reminders) {

    static Snapshot of(Suggestion s) {
      return new Snapshot(s.state(), s.number(), s.round(), s.replies().size(), s.evaluations().size(),
          s.commitments().size(), s.commitments().stream().filter(c -> !c.unfulfilled()).count(), s.contacts().size(),
          s.coUnitOpinions().size(), s.replyDraft() != null, s.assignment() == null ? null : s.assignment().leadUnitId(),
          s.title(), s.notPublic(), s.lookBack(), s.supervisionNotes().size(), s.directChannel() != null,
          s.remindersSent().size());
    }
  }
}
