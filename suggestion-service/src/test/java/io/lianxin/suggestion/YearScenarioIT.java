package io.lianxin.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Role;
import io.lianxin.suggestion.application.DeadlineEngine;
import io.lianxin.suggestion.application.SuggestionCommands;
import io.lianxin.suggestion.application.SuggestionQueries;
import io.lianxin.suggestion.domain.SuggestionDraft;
import io.lianxin.suggestion.domain.ReplyContent;
import io.lianxin.suggestion.domain.AssignTo;
import io.lianxin.suggestion.domain.HandlingReport;
import io.lianxin.suggestion.domain.Rating;
import io.lianxin.suggestion.domain.ReplyCategory;
import io.lianxin.suggestion.domain.Session;
import io.lianxin.suggestion.domain.Suggestion;
import io.lianxin.suggestion.domain.SuggestionCategory;
import io.lianxin.suggestion.domain.SuggestionState;
import io.lianxin.testkit.EmbeddedInfra;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A county's year of suggestion handling — 105 items (the size of one county's term in the source)
 * from 20 deputies to 40 units, replies of every category, late replies, unsatisfied items
 * re-handled, items never rated, commitments kept, kept late and broken, items still overdue —
 * and then the handling report checked against figures the test keeps on its own.
 */
// replies go out as the unit head signs them: the committee's review (ReplyReviewAndMotionPathIT) is off here
@SpringBootTest(classes = SuggestionServiceApplication.class,
    properties = {"spring.config.name=suggestion-service", "lianxin.suggestion.reply-review-off=C-year"})
@Import(MovingClock.AsServiceClock.class)
class YearScenarioIT {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final String CONGRESS = "C-year";

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties("suggestion-year-it").forEach((k, v) -> registry.add(k, () -> v));
  }

  @Autowired SuggestionCommands commands;
  @Autowired SuggestionQueries queries;
  @Autowired DeadlineEngine engine;
  @Autowired MovingClock clock;
  @Autowired io.lianxin.suggestion.application.port.RegisterCopyStore register;

  static CurrentUser user(String subject, Role role, String deputyId, String unitId) {
    return new CurrentUser(subject, subject, Set.of(role), CONGRESS, deputyId, unitId);
  }

  static final CurrentUser STAFF = user("staff", Role.COMMITTEE_STAFF, null, null);

  /** What the test expects of one item, kept independently of the service. */
  static final class Expected {
    boolean counted = true;
    boolean replied;
    boolean firstOnTime;
    ReplyCategory latest;
    Rating proposerRating;
    boolean overdueAtEnd;
    int commitments;
    int fulfilled;
    int fulfilledOnTime;
    int commitmentsOverdue;
  }

  @Test
  void theReportOfAYearMatchesTheFiguresKeptByHand() {
    List<Expected> expected = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    SuggestionCategory[] categories = SuggestionCategory.values();
    RegisterTestData.units(register, CONGRESS, java.util.stream.IntStream.range(0, 40).mapToObj(YearScenarioIT::unit).toList());
    for (int i = 0; i < 105; i++) {
      clock.set(LocalDate.of(2026, 1, 5).plusDays(i / 3));
      CurrentUser deputy = user("d" + (i % 20), Role.DEPUTY, "D" + (i % 20), null);
      Suggestion s = commands.create(deputy, SuggestionDraft.suggestion("建议 " + i, "内容 " + i,
          categories[i % categories.length]).during(i < 60 ? Session.SESSION : Session.RECESS),
          SuggestionCommands.AsDraft.SUBMIT_WHEN_READY, null);
      ids.add(s.id());
      Expected e = new Expected();
      expected.add(e);
      if (i % 35 == 34) {
        commands.withdraw(deputy, s.id(), "已自行解决");
        continue; // withdrawn: numbered, counted, never replied
      }
      if (i % 35 == 33) {
        commands.notRegister(STAFF, s.id(), "作为群众来信转办");
        continue;
      }
      commands.register(STAFF, s.id(), null, List.of());
    }
    // The assignment meeting (交办会) on 2026-03-02 assigns every registered item at once.
    clock.set(LocalDate.of(2026, 3, 2));
    List<SuggestionCommands.BatchItem> batch = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      if (i % 35 < 33) {
        AssignTo to = AssignTo.lead(unit(i));
        batch.add(new SuggestionCommands.BatchItem(ids.get(i), i % 7 == 0 ? to.asComplex() : to));
      }
    }
    assertThat(commands.assignBatch(STAFF, batch).items()).allMatch(SuggestionCommands.BatchResult::assigned);
    for (int i = 0; i < ids.size(); i++) {
      if (i % 35 < 33) {
        commands.accept(handler(i), ids.get(i), "承办人" + i, "分管领导");
      }
    }

    // Replies: most on time around May, every tenth late (after its due date), every 13th never.
    for (int i = 0; i < ids.size(); i++) {
      if (i % 35 >= 33 || i % 13 == 12) {
        if (i % 35 < 33) {
          expected.get(i).overdueAtEnd = true;
        }
        continue;
      }
      Expected e = expected.get(i);
      LocalDate due = LocalDate.of(2026, 3, 2).plusMonths(i % 7 == 0 ? 6 : 3);
      LocalDate signOn = i % 10 == 9 ? due.plusDays(5) : due.minusDays(10 + i % 20);
      ReplyCategory category = ReplyCategory.values()[i % 3];
      clock.set(signOn.minusDays(1));
      commands.draftReply(handler(i), ids.get(i), ReplyContent.of(category, "答复 " + i)
          .because(category == ReplyCategory.C ? "财力有限" : null)
          .promising(category == ReplyCategory.B
              ? List.of(new Suggestion.CommitmentDraft("年内完成", LocalDate.of(2026, 11, 30))) : List.of()));
      clock.set(signOn);
      commands.signReply(head(i), ids.get(i));
      e.replied = true;
      e.firstOnTime = !signOn.isAfter(due);
      e.latest = category;
      e.commitments = category == ReplyCategory.B ? 1 : 0;

      CurrentUser proposer = user("d" + (i % 20), Role.DEPUTY, "D" + (i % 20), null);
      switch (i % 4) {
        case 0 -> rate(proposer, i, ids, e, Rating.SATISFIED);
        case 1 -> rate(proposer, i, ids, e, Rating.BASICALLY_SATISFIED);
        case 2 -> {
          rate(proposer, i, ids, e, Rating.UNSATISFIED);
          clock.set(clock.today().plusDays(2));
          commands.orderRehandling(STAFF, ids.get(i), null);
          clock.set(clock.today().plusDays(20));
          commands.draftReply(handler(i), ids.get(i), ReplyContent.of(ReplyCategory.A, "再次答复"));
          commands.signReply(head(i), ids.get(i));
          e.latest = ReplyCategory.A;
          e.proposerRating = null;
          rate(proposer, i, ids, e, Rating.SATISFIED);
        }
        default -> { } // never rated: closes as NOT_EVALUATED after 30 days
      }
    }
    // Commitments: some kept on time, some late, the rest broken (overdue at the year's end).
    for (int i = 0; i < ids.size(); i++) {
      Expected e = expected.get(i);
      if (e.commitments == 0) {
        continue;
      }
      Suggestion s = queries.get(STAFF, ids.get(i)).item();
      String commitment = s.commitments().get(0).id();
      if (i % 5 < 2) {
        clock.set(LocalDate.of(2026, 11, 20));
        commands.fulfilCommitment(handler(i), ids.get(i), commitment, "验收材料");
        e.fulfilled = 1;
        e.fulfilledOnTime = 1;
      } else if (i % 5 == 2) {
        clock.set(LocalDate.of(2026, 12, 10));
        engine.runOnce(); // turns it overdue first
        commands.fulfilCommitment(handler(i), ids.get(i), commitment, "补交材料");
        e.fulfilled = 1;
      } else {
        e.commitmentsOverdue = 1;
      }
    }
    clock.set(LocalDate.of(2026, 12, 31));
    engine.runOnce();

    HandlingReport report = queries.report(user("staff", Role.COMMITTEE_STAFF, null, null), 2026, null, null);
    HandlingReport.Totals t = report.totals();
    List<Expected> counted = expected.stream().filter(e -> e.counted).toList();
    int replied = (int) counted.stream().filter(e -> e.replied).count();
    int onTime = (int) counted.stream().filter(e -> e.firstOnTime).count();
    int a = (int) counted.stream().filter(e -> e.latest == ReplyCategory.A).count();
    int evaluated = (int) counted.stream().filter(e -> e.proposerRating != null).count();
    int satisfiedOrBasically = (int) counted.stream().filter(e -> e.proposerRating != null && e.proposerRating != Rating.UNSATISFIED).count();

    assertThat(t.items()).isEqualTo(105);
    assertThat(t.replied()).isEqualTo(replied);
    assertThat(t.repliedOnTime()).isEqualTo(onTime);
    assertThat(t.onTimeRate()).isCloseTo((double) onTime / replied, org.assertj.core.data.Offset.offset(0.0001));
    assertThat(t.categoryA()).isEqualTo(a);
    assertThat(t.categoryB()).isEqualTo((int) counted.stream().filter(e -> e.latest == ReplyCategory.B).count());
    assertThat(t.categoryC()).isEqualTo((int) counted.stream().filter(e -> e.latest == ReplyCategory.C).count());
    assertThat(t.resolutionRate()).isCloseTo((double) a / replied, org.assertj.core.data.Offset.offset(0.0001));
    assertThat(t.evaluated()).isEqualTo(evaluated);
    assertThat(t.satisfactionRate()).isCloseTo((double) satisfiedOrBasically / evaluated, org.assertj.core.data.Offset.offset(0.0001));
    assertThat(t.commitments()).isEqualTo(counted.stream().mapToInt(e -> e.commitments).sum());
    assertThat(t.commitmentsFulfilled()).isEqualTo(counted.stream().mapToInt(e -> e.fulfilled).sum());
    assertThat(t.commitmentsFulfilledOnTime()).isEqualTo(counted.stream().mapToInt(e -> e.fulfilledOnTime).sum());
    assertThat(t.commitmentsOverdue()).isEqualTo(counted.stream().mapToInt(e -> e.commitmentsOverdue).sum());
    assertThat(t.overdueItems()).isEqualTo((int) counted.stream().filter(e -> e.overdueAtEnd).count());
    assertThat(report.overdue()).hasSize(t.overdueItems());
    assertThat(report.byState().get(SuggestionState.WITHDRAWN)).isEqualTo(3);
    assertThat(report.byState().get(SuggestionState.NOT_REGISTERED)).isEqualTo(3);
    assertThat(report.byUnit()).hasSize(40);
    assertThat(report.byUnit().stream().mapToInt(l -> l.totals().items()).sum()).isEqualTo(99);
    long notEvaluated = queries.worklist(STAFF, SuggestionQueries.Worklist.AWAITING_EVALUATION, 0, 200).total();
    assertThat(notEvaluated).as("the unrated ones closed as NOT_EVALUATED").isZero();
    assertThat(Duration.between(Instant.EPOCH, clock.instant())).isPositive();
  }

  void rate(CurrentUser proposer, int i, List<String> ids, Expected e, Rating rating) {
    clock.set(clock.today().plusDays(3));
    commands.evaluate(proposer, ids.get(i), rating, null);
    e.proposerRating = rating;
  }

  static String unit(int i) {
    return "U" + (i % 40);
  }

  static CurrentUser handler(int i) {
    return user("h" + (i % 40), Role.UNIT_HANDLER, null, unit(i));
  }

  static CurrentUser head(int i) {
    return user("k" + (i % 40), Role.UNIT_HEAD, null, unit(i));
  }
}
