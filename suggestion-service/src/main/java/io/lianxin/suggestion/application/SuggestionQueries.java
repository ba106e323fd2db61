package io.lianxin.suggestion.application;

import static io.lianxin.suggestion.domain.SuggestionState.*;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.chassis.outbox.HistoryEntry;
import io.lianxin.suggestion.domain.Commitment;
import io.lianxin.suggestion.domain.HandlingReport;
import io.lianxin.suggestion.domain.Rating;
import io.lianxin.suggestion.domain.Suggestion;
import io.lianxin.suggestion.domain.SuggestionCategory;
import io.lianxin.suggestion.domain.SuggestionPolicy;
import io.lianxin.suggestion.domain.SuggestionState;
import io.lianxin.suggestion.persistence.SuggestionDocument;
import io.lianxin.suggestion.persistence.SuggestionRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/** What each role reads: own items, the unit's queue, the committee's worklists, statistics, the public list. */
@Service
public class SuggestionQueries {

  /** The committee office's worklists (工作台). */
  public enum Worklist {
    TO_REGISTER, TO_ASSIGN, DISPUTED, OVERDUE, AWAITING_EVALUATION, UNSATISFIED, KEY, OPEN_COMMITMENTS, LOOK_BACK
  }

  /** One page of items and how many there are in all. */
  public record Page<T>(List<T> items, long total, int page, int size) {}

  private static final Set<SuggestionState> HANDLING = EnumSet.of(ASSIGNED, ASSIGNMENT_DISPUTED, IN_PROGRESS, REHANDLING);

  private final SuggestionRepository repository;
  private final Clock clock;
  private final SuggestionPolicy policy;

  public SuggestionQueries(SuggestionRepository repository, Clock clock, SuggestionSettings settings) {
    this.repository = repository;
    this.clock = clock;
    this.policy = settings.policy();
  }

  public Suggestion get(CurrentUser user, String id) {
    return visible(user, id).getItem();
  }

  public List<HistoryEntry> history(CurrentUser user, String id) {
    return visible(user, id).getHistory();
  }

  /**
   * The caller's list: a deputy's own and co-signed items, a unit's assigned items, everything
   * submitted in the congress for the committee office, leaders and admins.
   */
  public Page<Suggestion> list(CurrentUser user, SuggestionState state, SuggestionCategory category, int page, int size) {
    Criteria criteria;
    if (user.has(Role.DEPUTY) && user.deputyId() != null) {
      criteria = SuggestionRepository.ofDeputy(user.congressId(), user.deputyId());
    } else if (user.hasAny(Role.UNIT_HANDLER, Role.UNIT_HEAD) && user.unitId() != null) {
      criteria = SuggestionRepository.ofUnit(user.congressId(), user.unitId());
    } else if (user.hasAny(Role.COMMITTEE_STAFF, Role.LEADER, Role.ADMIN)) {
      criteria = SuggestionRepository.inCongress(user.congressId()).and("item.number").ne(null);
    } else {
      throw new ForbiddenException("no list for this role");
    }
    if (state != null) {
      criteria = criteria.and("item.state").is(state);
    }
    if (category != null) {
      criteria = criteria.and("item.category").is(category);
    }
    return page(criteria, page, size, null);
  }

  /** A committee worklist; staff, leaders and admins only. */
  public Page<Suggestion> worklist(CurrentUser user, Worklist list, int page, int size) {
    if (!user.hasAny(Role.COMMITTEE_STAFF, Role.LEADER, Role.ADMIN)) {
      throw new ForbiddenException("worklists are for the committee office and leaders");
    }
    Criteria congress = SuggestionRepository.inCongress(user.congressId());
    LocalDate today = LocalDate.ofInstant(clock.instant(), policy.zone());
    return switch (list) {
      case TO_REGISTER -> page(congress.and("item.state").is(SUBMITTED), page, size, null);
      case TO_ASSIGN -> page(congress.and("item.state").is(REGISTERED), page, size, null);
      case DISPUTED -> page(congress.and("item.state").is(ASSIGNMENT_DISPUTED), page, size, null);
      case OVERDUE -> page(congress.and("item.state").in(HANDLING), page, size,
          s -> s.replyDueDate() != null && today.isAfter(s.replyDueDate()));
      case AWAITING_EVALUATION -> page(congress.and("item.state").is(REPLIED), page, size, null);
      case UNSATISFIED -> page(congress.and("item.state").is(EVALUATED), page, size,
          s -> s.proposerRating() == Rating.UNSATISFIED);
      case KEY -> page(congress.and("item.supervisingLeaderId").ne(null), page, size,
          s -> !user.has(Role.LEADER) || user.hasAny(Role.COMMITTEE_STAFF, Role.ADMIN)
              || user.subject().equals(s.supervisingLeaderId()));
      case OPEN_COMMITMENTS -> page(congress.and("item.commitments.status").in(
          Commitment.Status.OPEN.name(), Commitment.Status.OVERDUE.name()), page, size, null);
      case LOOK_BACK -> page(congress.and("item.lookBack").is(true), page, size, null);
    };
  }

  /** One line of the commitments ledger (答复承诺解决事项台账). */
  public record LedgerLine(String suggestionId, String number, String title, String leadUnitId, String commitmentId,
      String description, LocalDate dueDate, Commitment.Status status, LocalDate fulfilledOn, String evidence) {}

  /**
   * The commitments ledger: every commitment made in replies, optionally of one status; the
   * committee office, leaders and admins see the congress's, a unit its own.
   */
  public List<LedgerLine> commitments(CurrentUser user, Commitment.Status status) {
    Criteria criteria;
    if (user.hasAny(Role.COMMITTEE_STAFF, Role.LEADER, Role.ADMIN)) {
      criteria = SuggestionRepository.inCongress(user.congressId());
    } else if (user.hasAny(Role.UNIT_HANDLER, Role.UNIT_HEAD) && user.unitId() != null) {
      criteria = SuggestionRepository.inCongress(user.congressId()).and("item.assignment.leadUnitId").is(user.unitId());
    } else {
      throw new ForbiddenException("the commitments ledger is for the committee office, leaders and units");
    }
    criteria = criteria.and("item.commitments.0").exists(true);
    List<LedgerLine> lines = new ArrayList<>();
    repository.forEach(criteria, true, doc -> {
      Suggestion s = doc.getItem();
      for (Commitment c : s.commitments()) {
        if (status == null || c.status() == status) {
          lines.add(new LedgerLine(s.id(), s.number() == null ? null : s.number().toString(), s.title(),
              s.assignment() == null ? null : s.assignment().leadUnitId(), c.id(), c.description(), c.dueDate(),
              c.status(), c.fulfilledOn(), c.evidence()));
        }
      }
    });
    lines.sort(java.util.Comparator.comparing(LedgerLine::dueDate).thenComparing(LedgerLine::commitmentId));
    return lines;
  }

  /** Published items of a congress, searchable by text; open to the public. */
  public Page<Suggestion> published(String congressId, String text, int page, int size) {
    return page(SuggestionRepository.publishedMatching(congressId, text), page, size, null);
  }

  public Suggestion publishedItem(String congressId, String id) {
    return repository.find(id).map(SuggestionDocument::getItem)
        .filter(s -> s.congressId().equals(congressId) && s.state() == PUBLISHED && !s.notPublic())
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
    Criteria criteria = SuggestionRepository.inCongress(user.congressId()).and("item.number.year").is(year);
    if (unitId != null) {
      criteria = criteria.and("item.assignment.leadUnitId").is(unitId);
    }
    if (category != null) {
      criteria = criteria.and("item.category").is(category);
    }
    List<Suggestion> items = new ArrayList<>();
    repository.forEach(criteria, true, d -> items.add(d.getItem()));
    return HandlingReport.of(items, LocalDate.ofInstant(clock.instant(), policy.zone()));
  }

  private Page<Suggestion> page(Criteria criteria, int page, int size, Predicate<Suggestion> keep) {
    // Filters the database cannot express (date against today, proposer's rating) run here; the
    // candidate sets are small (one congress, one state).
    if (keep == null) {
      return new Page<>(repository.find(criteria, page, size).stream().map(SuggestionDocument::getItem).toList(),
          repository.count(criteria), page, size);
    }
    List<Suggestion> all = new ArrayList<>();
    repository.all(criteria).stream().map(SuggestionDocument::getItem).filter(keep).forEach(all::add);
    int from = (int) Math.min(all.size(), (long) page * size);
    int to = Math.min(all.size(), from + size);
    return new Page<>(all.subList(from, to), all.size(), page, size);
  }

  private SuggestionDocument visible(CurrentUser user, String id) {
    return repository.find(id).filter(d -> d.getItem().visibleTo(user))
        .orElseThrow(() -> new NotFoundException("suggestion", id));
  }
}
