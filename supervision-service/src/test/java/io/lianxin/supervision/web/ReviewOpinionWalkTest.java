package io.lianxin.supervision.web;

import static io.lianxin.supervision.domain.OpinionStatus.ACCOUNTABILITY;
import static io.lianxin.supervision.domain.OpinionStatus.CLOSED;
import static io.lianxin.supervision.domain.OpinionStatus.ISSUED;
import static io.lianxin.supervision.domain.OpinionStatus.RECTIFYING;
import static io.lianxin.supervision.domain.OpinionStatus.REPORTED;
import static io.lianxin.supervision.domain.OpinionStatus.SECOND_DELIBERATION;
import static io.lianxin.supervision.domain.OpinionStatus.VOTING;
import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.chassis.development.DevelopmentClock;
import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.chassis.security.EndpointRoles;
import io.lianxin.supervision.application.Leaders;
import io.lianxin.supervision.application.ReviewOpinions;
import io.lianxin.supervision.application.VoteResults;
import io.lianxin.supervision.application.port.AuditLine;
import io.lianxin.supervision.application.port.OpinionStore;
import io.lianxin.supervision.application.port.RegisterCopyStore;
import io.lianxin.supervision.domain.MeasurePlan;
import io.lianxin.supervision.domain.MeasureStatus;
import io.lianxin.supervision.domain.OpinionStatus;
import io.lianxin.supervision.domain.RegisteredDeputy;
import io.lianxin.supervision.domain.RegisteredUnit;
import io.lianxin.supervision.domain.ReviewOpinion;
import io.lianxin.supervision.domain.SatisfactionResult;
import io.lianxin.supervision.domain.SupervisionEvent;
import io.lianxin.supervision.domain.SupervisionPolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.springframework.http.HttpMethod;
import org.springframework.util.AntPathMatcher;

/**
 * Random walks of review-opinion commands by random actors, through the service's own endpoint table
 * ({@link SupervisionEndpointRoles}), the use cases ({@link ReviewOpinions}, {@link VoteResults}) and the
 * aggregate, over stores kept in memory that hand out copies (as a database does): a refused command — by
 * the table (403), the use case (404) or the rule (409/422) — leaves the stored opinion and its events
 * exactly as they were, and the state moves only along {@link #ALLOWED}, written here from the issue's
 * description of the loop, not from the aggregate.
 */
class ReviewOpinionWalkTest {

  /** The successors of each state (二次审议 after a first unsatisfied vote, 追责问效 after a second). */
  static final Map<OpinionStatus, Set<OpinionStatus>> ALLOWED = Map.of(
      ISSUED, EnumSet.of(ISSUED, RECTIFYING),
      RECTIFYING, EnumSet.of(RECTIFYING, ISSUED, SECOND_DELIBERATION, REPORTED),
      REPORTED, EnumSet.of(REPORTED, VOTING),
      VOTING, EnumSet.of(VOTING, REPORTED, CLOSED, SECOND_DELIBERATION, ACCOUNTABILITY),
      SECOND_DELIBERATION, EnumSet.of(SECOND_DELIBERATION, RECTIFYING),
      ACCOUNTABILITY, EnumSet.of(ACCOUNTABILITY, CLOSED),
      CLOSED, EnumSet.of(CLOSED));

  /**
   * Where a command that went through leaves an opinion, by the state (and round) it found it in; a command
   * with no move here leaves the state as it was (measures, re-inspections, publication, a result nobody waits
   * for).
   */
  static OpinionStatus moveOf(Command command, OpinionStatus from, int round) {
    return switch (command) {
      case LIST -> from == ISSUED || from == SECOND_DELIBERATION ? RECTIFYING : from;
      case REJECT_LIST -> from == RECTIFYING ? (round == 1 ? ISSUED : SECOND_DELIBERATION) : from;
      case REPORT -> from == RECTIFYING ? REPORTED : from;
      case REQUEST_VOTE -> from == REPORTED ? VOTING : from;
      case WITHDRAW_VOTE, VOID -> from == VOTING ? REPORTED : from;
      case SATISFIED -> from == VOTING ? CLOSED : from;
      case UNSATISFIED -> from == VOTING ? (round == 1 ? SECOND_DELIBERATION : ACCOUNTABILITY) : from;
      case REFER -> from == ACCOUNTABILITY ? CLOSED : from;
      default -> from;
    };
  }

  static final String CONGRESS = "c";
  static final String BODY = "U-body";
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final SupervisionPolicy POLICY = SupervisionPolicy.defaults(ZONE);
  static final List<CurrentUser> ACTORS = List.of(
      user("staff", Role.COMMITTEE_STAFF, null, null),
      user("leader", Role.LEADER, "D4", null),
      user("handler", Role.UNIT_HANDLER, null, BODY),
      user("head", Role.UNIT_HEAD, null, BODY),
      user("other-handler", Role.UNIT_HANDLER, null, "U-other"),
      user("deputy", Role.DEPUTY, "D1", null),
      user("resident", Role.PUBLIC, null, null));

  enum Command {
    LIST, UNCOVERING_LIST, REJECT_LIST, START_MEASURE, FINISH_MEASURE, FINISH_WITHOUT_EVIDENCE, REPORT, REQUEST_VOTE,
    WITHDRAW_VOTE, SATISFIED, UNSATISFIED, VOID, REFER, REINSPECT, PUBLISH
  }

  /**
   * {@code natural}: the step takes the opinion's next step by the actor it is meant for, so that walks reach
   * the votes and the second round; otherwise {@code command} by {@code actor} (an index into {@link #ACTORS}),
   * to hit the refusals. {@code measure} which measure of the round; {@code days} passed before the step.
   */
  record Step(boolean natural, Command command, int actor, int measure, int days) {}

  @Provide
  Arbitrary<List<Step>> walks() {
    return Combinators.combine(Arbitraries.integers().between(0, 9).map(n -> n < 5), Arbitraries.of(Command.class),
        Arbitraries.integers().between(0, ACTORS.size() - 1), Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, 20)).as(Step::new).list().ofMinSize(5).ofMaxSize(120);
  }

  /** The step the loop takes next from a state. */
  static Command natural(OpinionStatus status, Step step) {
    return switch (status) {
      case ISSUED, SECOND_DELIBERATION -> Command.LIST;
      case RECTIFYING -> step.days() % 3 == 0 ? Command.REPORT : Command.FINISH_MEASURE;
      case REPORTED -> Command.REQUEST_VOTE;
      case VOTING -> List.of(Command.SATISFIED, Command.UNSATISFIED, Command.UNSATISFIED, Command.VOID)
          .get(step.days() % 4);
      case ACCOUNTABILITY -> Command.REFER;
      case CLOSED -> Command.PUBLISH;
    };
  }

  /** The body answers the lists, the measures and the report; the office does the rest. */
  static CurrentUser meantFor(Command command) {
    return switch (command) {
      case LIST, UNCOVERING_LIST, START_MEASURE, FINISH_MEASURE, FINISH_WITHOUT_EVIDENCE, REPORT -> ACTORS.get(2);
      default -> ACTORS.get(0);
    };
  }

  @Property(tries = 300)
  void refusalsChangeNothingAndStatesMoveOnlyAlongTheTable(@ForAll("walks") List<Step> walk) {
    DevelopmentClock clock = new DevelopmentClock();
    MemoryOpinions store = new MemoryOpinions();
    RegisterCopyStore register = new Register();
    ReviewOpinions opinions = new ReviewOpinions(store, register, new Leaders(register), POLICY, clock);
    VoteResults results = new VoteResults(store, null, null, POLICY, null, clock);
    EndpointRoles table = new SupervisionEndpointRoles().endpointRoles();
    String id = opinions.issue(ACTORS.get(0), new ReviewOpinions.Issue("审议意见", "审议认为……", BODY,
        List.of("进度慢", "资金不到位", "群众参与不足"), null, null)).opinionId();
    Set<OpinionStatus> reached = EnumSet.noneOf(OpinionStatus.class);
    int refused = 0;
    for (Step planned : walk) {
      clock.advance(Duration.ofDays(planned.days()));
      MemoryOpinions.Stored before = store.stored(id);
      store.forgetLoaded();
      Command command = planned.natural() ? natural(before.state().status(), planned) : planned.command();
      Step step = new Step(planned.natural(), command, planned.actor(), planned.measure(), planned.days());
      CurrentUser actor = step.natural() ? meantFor(command) : ACTORS.get(step.actor());
      try {
        apply(step, actor, id, opinions, results, store, table, clock);
      } catch (Refused | NotFoundException | IllegalTransitionException | RuleViolationException refusal) {
        refused++;
        assertThat(store.stored(id)).as("a refused " + step.command() + " by " + actor.subject() + " changes nothing")
            .isEqualTo(before);
        ReviewOpinion loaded = store.lastLoaded();
        if (loaded != null) {
          assertThat(MemoryOpinions.stateOf(loaded)).as("nor the opinion the use case loaded").isEqualTo(before.state());
          assertThat(loaded.takeEvents()).as("which records nothing").isEmpty();
        }
        continue;
      }
      MemoryOpinions.Stored after = store.stored(id);
      assertThat(ALLOWED.get(before.state().status())).as(step.command() + " from " + before.state().status())
          .contains(after.state().status());
      assertThat(after.state().status()).as(step.command() + " from " + before.state().status() + " in round "
          + before.state().rounds().size()).isEqualTo(moveOf(step.command(), before.state().status(),
          before.state().rounds().size()));
      assertThat(after.state().rounds()).as("two rounds at most").hasSizeLessThanOrEqualTo(2);
      if (!after.state().equals(before.state())) {
        assertThat(after.events().size()).as("every change of " + step.command() + " is recorded")
            .isGreaterThan(before.events().size());
      }
      reached.add(after.state().status());
    }
    Statistics.label("final state").collect(store.stored(id).state().status());
    Statistics.label("reached a vote").collect(reached.contains(VOTING));
    Statistics.label("reached a second deliberation").collect(reached.contains(SECOND_DELIBERATION));
    Statistics.label("some refused").collect(refused > 0);
  }

  /** The endpoint the command is, checked against the table first; then the use case, as the controller calls it. */
  static void apply(Step step, CurrentUser actor, String id, ReviewOpinions opinions, VoteResults results,
      MemoryOpinions store, EndpointRoles table, DevelopmentClock clock) {
    String at = "/api/v1/opinions/" + id;
    ReviewOpinion now = store.find(CONGRESS, id).orElseThrow().item();
    store.forgetLoaded(); // the walk's own look, not the command's
    List<String> measureIds = now.currentRound().measures().stream().map(m -> m.measureId()).toList();
    String measure = measureIds.isEmpty() ? "M1" : measureIds.get(step.measure() % measureIds.size());
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
    switch (step.command()) {
      case LIST -> gate(table, actor, at + "/rectification-list", () -> opinions.submitList(actor, id, List.of(
          new MeasurePlan(List.of(1, 2), "制定计划", "城建股", today.plusDays(60)),
          new MeasurePlan(List.of(3), "召开议事会", "社区股", today.plusDays(90)))));
      case UNCOVERING_LIST -> gate(table, actor, at + "/rectification-list", () -> opinions.submitList(actor, id,
          List.of(new MeasurePlan(List.of(1), "制定计划", "城建股", today.plusDays(60)))));
      case REJECT_LIST -> gate(table, actor, at + "/rectification-list/rejection",
          () -> opinions.rejectList(actor, id, "措施不具体"));
      case START_MEASURE -> gate(table, actor, at + "/measures/" + measure + "/progress",
          () -> opinions.updateMeasure(actor, id, measure, MeasureStatus.IN_PROGRESS, null));
      case FINISH_MEASURE -> gate(table, actor, at + "/measures/" + measure + "/progress",
          () -> opinions.updateMeasure(actor, id, measure, MeasureStatus.DONE, "验收材料"));
      case FINISH_WITHOUT_EVIDENCE -> gate(table, actor, at + "/measures/" + measure + "/progress",
          () -> opinions.updateMeasure(actor, id, measure, MeasureStatus.DONE, null));
      case REPORT -> gate(table, actor, at + "/report", () -> opinions.submitReport(actor, id, "整改情况报告"));
      case REQUEST_VOTE -> gate(table, actor, at + "/satisfaction-vote", () -> opinions.requestSatisfactionVote(actor,
          id, clock.instant().plus(Duration.ofHours(2)), false, List.of()));
      case WITHDRAW_VOTE -> gate(table, actor, at + "/satisfaction-vote/withdrawal",
          () -> opinions.withdrawSatisfactionVote(actor, id, "投票取消"));
      case SATISFIED, UNSATISFIED, VOID -> {
        // voting-service's result for the pending request (or for an older one when none is pending)
        String requestId = now.pendingVoteRequestId() == null ? "opinion:" + id + ":round-1:1" : now.pendingVoteRequestId();
        results.onResult(new SatisfactionResult(CONGRESS, requestId, "poll-" + requestId,
            step.command() == Command.SATISFIED ? 3 : 1, 3, step.command() != Command.VOID));
      }
      case REFER -> gate(table, actor, at + "/accountability",
          () -> opinions.referAccountability(actor, id, "县纪委监委", "移送追责"));
      case REINSPECT -> gate(table, actor, at + "/reinspections",
          () -> opinions.openReinspection(actor, id, today.plusDays(7), "再次调研"));
      case PUBLISH -> gate(table, actor, at + "/publication", () -> opinions.publish(actor, id));
    }
  }

  /** Refused before the use case: the table gives the actor no role for the endpoint (403). */
  static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }

  static void gate(EndpointRoles table, CurrentUser actor, String path, Runnable command) {
    AntPathMatcher paths = new AntPathMatcher();
    EndpointRoles.Rule rule = table.rules().stream()
        .filter(r -> r.method().equals(HttpMethod.POST) && paths.match(r.pattern(), path)).findFirst()
        .orElseThrow(() -> new AssertionError("no rule for POST " + path));
    if (rule.roles().stream().noneMatch(actor.roles()::contains)) {
      throw new Refused(actor.subject() + " may not POST " + path);
    }
    command.run();
  }

  static CurrentUser user(String subject, Role role, String deputyId, String unitId) {
    return new CurrentUser(subject, subject, Set.of(role), CONGRESS, deputyId, unitId);
  }

  /** The register copy: one active body, the standing committee D4..D6. */
  static final class Register implements RegisterCopyStore {
    @Override
    public boolean put(RegisteredDeputy deputy, String sequence) {
      return false;
    }

    @Override
    public boolean put(RegisteredUnit unit, String sequence) {
      return false;
    }

    @Override
    public Optional<RegisteredUnit> unit(String congressId, String unitId) {
      return BODY.equals(unitId) ? Optional.of(new RegisteredUnit(BODY, CONGRESS, "县住建局", true)) : Optional.empty();
    }

    @Override
    public Optional<RegisteredDeputy> deputy(String congressId, String deputyId) {
      return Optional.empty();
    }

    @Override
    public List<String> activeDeputies(String congressId) {
      return List.of("D1", "D2", "D3", "D4", "D5", "D6");
    }

    @Override
    public Map<String, String> deputyNames(String congressId) {
      return Map.of();
    }

    @Override
    public List<String> standingCommittee(String congressId) {
      return List.of("D4", "D5", "D6");
    }
  }

  /**
   * Opinions kept as a database keeps them: each write stores a copy of the opinion's state with its
   * events appended, guarded by the version; each read hands out a new copy.
   */
  static final class MemoryOpinions implements OpinionStore {

    /** One opinion as stored: its state, the version and every event written with it. */
    record Stored(ReviewOpinion.Details details, List<io.lianxin.supervision.domain.Problem> problems,
        ReviewOpinion.State state, long version, List<SupervisionEvent> events) {}

    private final Map<String, Stored> byId = new HashMap<>();
    private ReviewOpinion lastLoaded;

    /** The opinion the last read handed out (the one a command changed or refused), or null. */
    ReviewOpinion lastLoaded() {
      return lastLoaded;
    }

    void forgetLoaded() {
      lastLoaded = null;
    }

    Stored stored(String opinionId) {
      return byId.get(opinionId);
    }

    static ReviewOpinion.State stateOf(ReviewOpinion o) {
      return new ReviewOpinion.State(o.status(), o.outcome(), o.issuedOn(), o.rounds(), o.reinspections(),
          o.accountability(), o.published(), o.pendingVoteRequestId(), o.voteRequests(), o.remindersSent());
    }

    @Override
    public Optional<Loaded<ReviewOpinion>> find(String congressId, String opinionId) {
      Optional<Loaded<ReviewOpinion>> found = Optional.ofNullable(byId.get(opinionId))
          .filter(s -> CONGRESS.equals(congressId))
          .map(s -> new Loaded<>(ReviewOpinion.restore(CONGRESS, opinionId, s.details(), s.problems(), s.state()),
              s.version()));
      found.ifPresent(l -> lastLoaded = l.item());
      return found;
    }

    @Override
    public Optional<Loaded<ReviewOpinion>> findByPendingVote(String congressId, String requestId) {
      return byId.keySet().stream().filter(id -> requestId.equals(byId.get(id).state().pendingVoteRequestId()))
          .findFirst().flatMap(id -> find(congressId, id));
    }

    @Override
    public List<ReviewOpinion> list(String congressId, Filter filter, int page, int size) {
      throw new UnsupportedOperationException("not walked");
    }

    @Override
    public long count(String congressId, Filter filter) {
      throw new UnsupportedOperationException("not walked");
    }

    @Override
    public void forEach(String congressId, Filter filter, Consumer<ReviewOpinion> action) {
      throw new UnsupportedOperationException("not walked");
    }

    @Override
    public Loaded<ReviewOpinion> insert(ReviewOpinion opinion, CurrentUser actor) {
      return write(opinion, null);
    }

    @Override
    public Loaded<ReviewOpinion> save(Loaded<ReviewOpinion> opinion, CurrentUser actor) {
      return write(opinion.item(), opinion.version());
    }

    private Loaded<ReviewOpinion> write(ReviewOpinion o, Long version) {
      Stored was = byId.get(o.opinionId());
      if (was == null ? version != null : version == null || was.version() != version) {
        throw new IllegalStateException("written over a changed opinion");
      }
      List<SupervisionEvent> events = new ArrayList<>(was == null ? List.of() : was.events());
      events.addAll(o.takeEvents());
      long next = was == null ? 0 : was.version() + 1;
      byId.put(o.opinionId(), new Stored(o.details(), o.problems(), stateOf(o), next, List.copyOf(events)));
      return new Loaded<>(o, next);
    }

    @Override
    public List<AuditLine> history(String congressId, String opinionId) {
      throw new UnsupportedOperationException("not walked");
    }

    @Override
    public void forEachDueBy(LocalDate today, Consumer<Loaded<ReviewOpinion>> action) {
      throw new UnsupportedOperationException("not walked");
    }
  }
}
