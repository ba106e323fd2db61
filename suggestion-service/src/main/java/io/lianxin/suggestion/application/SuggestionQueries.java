package io.lianxin.suggestion.application;

import static io.lianxin.suggestion.domain.SuggestionState.*;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.suggestion.application.port.AuditLine;
import io.lianxin.suggestion.application.port.RegisterCopyStore;
import io.lianxin.suggestion.application.port.SuggestionSearch;
import io.lianxin.suggestion.domain.ReportNames;
import io.lianxin.suggestion.application.port.SuggestionStore;
import io.lianxin.suggestion.domain.Commitment;
import io.lianxin.suggestion.domain.HandlingReport;
import io.lianxin.suggestion.domain.Rating;
import io.lianxin.suggestion.domain.Suggestion;
import io.lianxin.suggestion.domain.LinkedItems;
import io.lianxin.suggestion.domain.MergedItems;
import io.lianxin.suggestion.domain.SuggestionAccess;
import io.lianxin.suggestion.domain.SuggestionCategory;
import io.lianxin.suggestion.domain.SuggestionCriteria;
import io.lianxin.suggestion.domain.SuggestionKind;
import io.lianxin.suggestion.domain.SuggestionPolicy;
import io.lianxin.suggestion.domain.SuggestionState;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/** What each role reads: own items, the unit's queue, the committee's worklists, statistics, the public list. */
@Service
public class SuggestionQueries {

  /** The committee office's worklists (工作台). */
  public enum Worklist {
    TO_REGISTER, TO_ASSIGN, MOTIONS_TO_DECIDE, MOTIONS_ON_AGENDA, DISPUTED, OVERDUE, REPLIES_TO_REVIEW, REPLIES_TO_SIGN_OFF, AWAITING_EVALUATION, UNSATISFIED, KEY, OPEN_COMMITMENTS, LOOK_BACK
  }

  /** One page of items and how many there are in all. */
  public record Page<T>(List<T> items, long total, int page, int size) {
    public Page {
      items = List.copyOf(items);
    }

    /** Page {@code page} of a list already in memory (an item's history, a congress's ledger: bounded by the items). */
    public static <T> Page<T> slice(List<T> all, int page, int size) {
      int from = (int) Math.min((long) page * size, all.size());
      return new Page<>(all.subList(from, Math.min(from + size, all.size())), all.size(), page, size);
    }
  }

  private final SuggestionStore store;
  private final SuggestionSearch search;
  private final Clock clock;
  private final SuggestionPolicy policy;

  private final RegisterCopyStore register;

  public SuggestionQueries(SuggestionStore store, SuggestionSearch search, Clock clock, SuggestionPolicy policy,
      RegisterCopyStore register) {
    this.register = register;
    this.store = store;
    this.search = search;
    this.clock = clock;
    this.policy = policy;
  }

  /** The names of the caller's congress's deputies and units as the register copy holds them. */
  public ReportNames registerNames(CurrentUser user) {
    return register.names(user.congressId());
  }

  /**
   * An item with the items merged into it (合并办理), whose deputies follow it, and the items that
   * link to it (关联件: their own {@code linkedIds} name it, {@link LinkedItems}).
   */
  public record ItemRead(Suggestion item, MergedItems mergedIntoIt, LinkedItems linkingToIt) {}

  /**
   * The item, if the caller may see it — also as a follower, a deputy whose own item was merged into
   * it. A link is stored on one side only; the other side is found here, when the item is read.
   */
  public ItemRead get(CurrentUser user, String id) {
    Suggestion s = store.find(id).map(Loaded::item).filter(x -> x.congressId().equals(user.congressId()))
        .orElseThrow(() -> new NotFoundException("suggestion", id));
    MergedItems merged = MergedItems.into(s, search.all(SuggestionCriteria.inCongress(s.congressId()).mergedInto(id).build()));
    if (!SuggestionAccess.visibleTo(s, user, merged)) {
      throw new NotFoundException("suggestion", id);
    }
    LinkedItems linking = LinkedItems.to(s, search.all(SuggestionCriteria.inCongress(s.congressId()).linkingTo(id).build()));
    return new ItemRead(s, merged, linking);
  }

  public Page<AuditLine> history(CurrentUser user, String id, int page, int size) {
    get(user, id);
    return Page.slice(search.history(id), page, size);
  }

  /**
   * The caller's list: a deputy's own and co-signed items, a unit's assigned items, everything
   * submitted in the congress for the committee office, leaders and admins.
   */
  public Page<Suggestion> list(CurrentUser user, SuggestionState state, SuggestionCategory category, int page, int size) {
    SuggestionCriteria.Builder criteria = SuggestionCriteria.inCongress(user.congressId());
    if (user.has(Role.DEPUTY) && user.deputyId() != null) {
      criteria.involvingDeputy(user.deputyId());
    } else if (user.hasAny(Role.UNIT_HANDLER, Role.UNIT_HEAD) && user.unitId() != null) {
      criteria.involvingUnit(user.unitId());
    } else if (user.hasAny(Role.COMMITTEE_STAFF, Role.LEADER, Role.ADMIN)) {
      criteria.numbered();
    } else {
      throw new ForbiddenException("no list for this role");
    }
    return page(criteria.inState(state).inCategory(category).build(), page, size, null);
  }

  /** A page of a unit's queue, and how many of the whole queue are overdue. */
  public record Queue(Page<Suggestion> page, long overdue) {}

  /**
   * A handling unit's queue (待办): the items of its unit, as lead or co-unit, that the units still owe a reply
   * ({@link SuggestionState#HANDLING}), the nearest reply due date first — so the overdue (逾期) lead.
   */
  public Queue unitQueue(CurrentUser user, int page, int size) {
    if (!user.hasAny(Role.UNIT_HANDLER, Role.UNIT_HEAD) || user.unitId() == null) {
      throw new ForbiddenException("the queue is a handling unit's");
    }
    SuggestionCriteria.Builder queue = SuggestionCriteria.inCongress(user.congressId()).involvingUnit(user.unitId())
        .inStates(SuggestionState.HANDLING);
    SuggestionCriteria owed = queue.build();
    LocalDate today = LocalDate.ofInstant(clock.instant(), policy.zone());
    SuggestionCriteria overdue = queue.replyDueBefore(today).build(); // Suggestion.isOverdueOn as a query
    return new Queue(new Page<>(search.pageByReplyDeadline(owed, page, size), search.count(owed), page, size),
        search.count(overdue));
  }

  /** A committee worklist; staff, leaders and admins only. */
  public Page<Suggestion> worklist(CurrentUser user, Worklist list, int page, int size) {
    WorklistQuery query = worklistQuery(user, list);
    return page(query.criteria(), page, size, query.keep());
  }

  /** How many items are on one worklist (工作清单). */
  public record WorklistCount(Worklist worklist, long count) {}

  /**
   * How many items each worklist holds, in the worklists' order: what the office's desk shows in one read. A list
   * that the database can count is counted there; the others are read as reports read (without bodies) and filtered.
   */
  public List<WorklistCount> worklistCounts(CurrentUser user) {
    List<WorklistCount> counts = new ArrayList<>();
    for (Worklist list : Worklist.values()) {
      WorklistQuery query = worklistQuery(user, list);
      if (query.keep() == null) {
        counts.add(new WorklistCount(list, search.count(query.criteria())));
      } else {
        long[] kept = {0};
        search.forEachForReport(query.criteria(), s -> kept[0] += query.keep().test(s) ? 1 : 0);
        counts.add(new WorklistCount(list, kept[0]));
      }
    }
    return counts;
  }

  /** Which items a worklist holds: what the database selects, and what is kept of them here (or null: all). */
  private record WorklistQuery(SuggestionCriteria criteria, Predicate<Suggestion> keep) {}

  private WorklistQuery worklistQuery(CurrentUser user, Worklist list) {
    if (!user.hasAny(Role.COMMITTEE_STAFF, Role.LEADER, Role.ADMIN)) {
      throw new ForbiddenException("worklists are for the committee office and leaders");
    }
    SuggestionCriteria.Builder congress = SuggestionCriteria.inCongress(user.congressId());
    LocalDate today = LocalDate.ofInstant(clock.instant(), policy.zone());
    // Filters the database cannot express (kind within a state, date against today, the proposer's rating,
    // a leader's own key items) run here; the candidate sets are small (one congress, one state).
    return switch (list) {
      case TO_REGISTER -> new WorklistQuery(congress.inState(SUBMITTED).build(), null);
      case TO_ASSIGN -> new WorklistQuery(congress.inState(REGISTERED).build(),
          s -> s.kind() == SuggestionKind.SUGGESTION);
      case MOTIONS_TO_DECIDE -> new WorklistQuery(congress.inState(REGISTERED).build(),
          s -> s.kind() == SuggestionKind.MOTION);
      case MOTIONS_ON_AGENDA -> new WorklistQuery(congress.inState(ON_AGENDA).build(), null);
      case DISPUTED -> new WorklistQuery(congress.inState(ASSIGNMENT_DISPUTED).build(), null);
      case OVERDUE -> new WorklistQuery(congress.inStates(SuggestionState.HANDLING).build(), s -> s.isOverdueOn(today));
      case REPLIES_TO_REVIEW -> new WorklistQuery(congress.inState(REPLY_IN_REVIEW).build(), null);
      case REPLIES_TO_SIGN_OFF -> new WorklistQuery(congress.inState(REPLY_AWAITING_SIGN_OFF).build(), null);
      case AWAITING_EVALUATION -> new WorklistQuery(congress.inState(REPLIED).build(), null);
      case UNSATISFIED -> new WorklistQuery(congress.inState(EVALUATED).build(),
          s -> s.proposerRating() == Rating.UNSATISFIED);
      case KEY -> new WorklistQuery(congress.keyItems().build(), s -> SuggestionAccess.onKeyWorklistOf(s, user));
      case OPEN_COMMITMENTS -> new WorklistQuery(congress.withCommitmentIn(Commitment.UNFULFILLED).build(), null);
      case LOOK_BACK -> new WorklistQuery(congress.underLookBack().build(), null);
    };
  }

  /** One line of the commitments ledger (答复承诺解决事项台账). */
  public record LedgerLine(String suggestionId, String number, String title, String leadUnitId, String commitmentId,
      String description, LocalDate dueDate, Commitment.Status status, LocalDate fulfilledOn, String evidence) {}

  /**
   * The commitments ledger: every commitment made in replies, optionally of one status; the
   * committee office, leaders and admins see the congress's, a unit its own.
   */
  public Page<LedgerLine> commitments(CurrentUser user, Commitment.Status status, int page, int size) {
    SuggestionCriteria.Builder criteria = SuggestionCriteria.inCongress(user.congressId());
    if (user.hasAny(Role.COMMITTEE_STAFF, Role.LEADER, Role.ADMIN)) {
      // the congress's whole ledger
    } else if (user.hasAny(Role.UNIT_HANDLER, Role.UNIT_HEAD) && user.unitId() != null) {
      criteria.ledBy(user.unitId());
    } else {
      throw new ForbiddenException("the commitments ledger is for the committee office, leaders and units");
    }
    List<LedgerLine> lines = new ArrayList<>();
    search.forEachForReport(criteria.withCommitments().build(), s -> {
      for (Commitment c : s.commitments()) {
        if (status == null || c.status() == status) {
          lines.add(new LedgerLine(s.id(), s.number() == null ? null : s.number().toString(), s.title(),
              s.assignment() == null ? null : s.assignment().leadUnitId(), c.id(), c.description(), c.dueDate(),
              c.status(), c.fulfilledOn(), c.evidence()));
        }
      }
    });
    lines.sort(Comparator.comparing(LedgerLine::dueDate).thenComparing(LedgerLine::commitmentId));
    return Page.slice(lines, page, size);
  }

  /** Published items of a congress, searchable by text; open to the public. */
  public Page<Suggestion> published(String congressId, String text, int page, int size) {
    return page(SuggestionCriteria.inCongress(congressId).publicOnly().matching(text).build(), page, size, null);
  }

  public Suggestion publishedItem(String congressId, String id) {
    return store.find(id).map(Loaded::item)
        .filter(s -> s.congressId().equals(congressId) && SuggestionAccess.isPublic(s))
        .orElseThrow(() -> new NotFoundException("published suggestion", id));
  }

  /** The handling report of a congress's items numbered in {@code year}; committee office, leaders, admins. */
  public HandlingReport report(CurrentUser user, int year, String unitId, SuggestionCategory category) {
    if (!user.hasAny(Role.COMMITTEE_STAFF, Role.LEADER, Role.ADMIN)) {
      throw new ForbiddenException("statistics are for the committee office and leaders");
    }
    if (year < 1954 || year > 2200) {
      throw new RuleViolationException("year", "a year between 1954 and 2200");
    }
    SuggestionCriteria criteria = SuggestionCriteria.inCongress(user.congressId()).numberedIn(year)
        .ledOrRepliedBy(unitId).inCategory(category).build();
    List<Suggestion> items = new ArrayList<>();
    search.forEachForReport(criteria, items::add);
    return HandlingReport.of(items, LocalDate.ofInstant(clock.instant(), policy.zone()), unitId);
  }

  private Page<Suggestion> page(SuggestionCriteria criteria, int page, int size, Predicate<Suggestion> keep) {
    if (keep == null) {
      return new Page<>(search.page(criteria, page, size), search.count(criteria), page, size);
    }
    List<Suggestion> all = search.all(criteria).stream().filter(keep).toList();
    int from = (int) Math.min(all.size(), (long) page * size);
    int to = Math.min(all.size(), from + size);
    return new Page<>(all.subList(from, to), all.size(), page, size);
  }

  private Suggestion visible(CurrentUser user, String id) {
    return store.find(id).map(Loaded::item).filter(s -> SuggestionAccess.visibleTo(s, user))
        .orElseThrow(() -> new NotFoundException("suggestion", id));
  }
}
