package io.lianxin.voting.domain;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A year's livelihood-project programme (民生实事项目人大代表票决): the public propose (群众提)
 * while COLLECTING, staff and deputies shortlist more candidates than seats while SCREENING
 * (差额), the deputies vote at the plenary while VOTING (代表定), and the selected projects are
 * published when DECIDED — for the government to deliver and the congress to evaluate.
 */
public final class Programme {

  /** The phases, in order. */
  public enum Phase { COLLECTING, SCREENING, VOTING, DECIDED }

  /** A shortlisted project with its feasibility notes, estimated budget (yuan) and responsible department. */
  public record Candidate(String proposalId, String title, String feasibility, long budgetYuan, String department) {}

  private String id;
  private String congressId;
  private int year;
  private String title;
  private int seats;
  private Phase phase;
  private Instant collectingUntil;
  private List<Candidate> candidates = new ArrayList<>();
  private String pollId;
  private int votingRounds;
  private List<Candidate> selected = new ArrayList<>();
  private List<String> tiedAtCutoff = new ArrayList<>();

  private Programme() {}

  public static Programme open(String id, CurrentUser staff, int year, String title, int seats, Instant collectingUntil,
      Instant now, List<VotingEvent> events) {
    requireStaff(staff);
    if (title == null || title.isBlank() || title.length() > 200) {
      throw new RuleViolationException("title", "a title of 1 to 200 characters");
    }
    if (seats < 1 || seats > 100) {
      throw new RuleViolationException("seats", "between 1 and 100 projects");
    }
    if (collectingUntil == null || !collectingUntil.isAfter(now)) {
      throw new RuleViolationException("collectingUntil", "the collection window ends in the future");
    }
    Programme p = new Programme();
    p.id = id;
    p.congressId = staff.congressId();
    p.year = year;
    p.title = title;
    p.seats = seats;
    p.phase = Phase.COLLECTING;
    p.collectingUntil = collectingUntil;
    events.add(new VotingEvent("programme-opened", "开始征集民生实事项目", facts(p, "collectingUntil", collectingUntil)));
    return p;
  }

  /** Whether a proposal or support is taken now. */
  public void requireCollecting(Instant now) {
    if (phase != Phase.COLLECTING) {
      throw new IllegalTransitionException("propose or support", phase.name());
    }
    if (!now.isBefore(collectingUntil)) {
      throw new IllegalTransitionException("propose or support after the collection window", "COLLECTION_ENDED");
    }
  }

  /** Sets (or revises) the shortlist; it must offer more candidates than seats (差额). */
  public void shortlist(CurrentUser staff, List<Candidate> shortlist, List<VotingEvent> events) {
    requireStaff(staff);
    require("shortlist", Phase.COLLECTING, Phase.SCREENING);
    if (shortlist == null || shortlist.size() <= seats) {
      throw new RuleViolationException("candidates", "more candidates than the " + seats + " seats (差额)");
    }
    if (shortlist.stream().map(Candidate::proposalId).distinct().count() != shortlist.size()) {
      throw new RuleViolationException("candidates", "each proposal once");
    }
    candidates = List.copyOf(shortlist);
    phase = Phase.SCREENING;
    events.add(new VotingEvent("programme-shortlisted", "确定候选项目 " + shortlist.size() + " 个",
        facts(this, "candidates", candidates)));
  }

  /**
   * The plenary poll was created for the shortlist. Again while VOTING only when the last vote
   * failed (cancelled, or without quorum): then a new round on the same shortlist.
   */
  public void startVoting(CurrentUser staff, String pollId, boolean lastVoteFailed, List<VotingEvent> events) {
    checkCanStartVoting(staff, lastVoteFailed);
    this.pollId = pollId;
    votingRounds++;
    phase = Phase.VOTING;
    events.add(new VotingEvent("programme-voting-started", "代表票决开始", facts(this, "pollId", pollId)));
  }

  /**
   * Refuses what {@link #startVoting} would refuse, so that the plenary poll is only drafted for a
   * vote that will start (a refusal writes nothing).
   */
  public void checkCanStartVoting(CurrentUser staff, boolean lastVoteFailed) {
    requireStaff(staff);
    if (candidates.isEmpty() || !(phase == Phase.SCREENING || phase == Phase.VOTING && lastVoteFailed)) {
      throw new IllegalTransitionException("start the vote", phase.name());
    }
  }

  /** The poll's result is published: the selected projects, and any tie at the last seat. */
  public void decide(List<String> selectedProposalIds, List<String> tied, List<VotingEvent> events) {
    require("decide", Phase.VOTING);
    selected = candidates.stream().filter(c -> selectedProposalIds.contains(c.proposalId())).toList();
    tiedAtCutoff = List.copyOf(tied);
    phase = Phase.DECIDED;
    Map<String, Object> facts = facts(this, "pollId", pollId);
    facts.put("projects", selected);
    facts.put("selectedCount", selected.size());
    facts.put("tiedAtCutoff", tiedAtCutoff);
    facts.put("totalBudgetYuan", selected.stream().mapToLong(Candidate::budgetYuan).sum());
    events.add(new VotingEvent("livelihood-projects-selected", "票决产生民生实事项目 " + selected.size() + " 个", facts));
  }

  private static Map<String, Object> facts(Programme p, String key, Object value) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("year", p.year);
    facts.put("seats", p.seats);
    facts.put(key, value);
    return facts;
  }

  private void require(String action, Phase... allowed) {
    for (Phase p : allowed) {
      if (phase == p) {
        return;
      }
    }
    throw new IllegalTransitionException(action, phase.name());
  }

  private static void requireStaff(CurrentUser user) {
    if (user != null && !user.has(Role.COMMITTEE_STAFF)) {
      throw new ForbiddenException("only committee staff run the programme");
    }
  }

  public String id() { return id; }
  public String congressId() { return congressId; }
  public int year() { return year; }
  public String title() { return title; }
  public int seats() { return seats; }
  public Phase phase() { return phase; }
  public Instant collectingUntil() { return collectingUntil; }
  public List<Candidate> candidates() { return List.copyOf(candidates); }
  public String pollId() { return pollId; }
  /** How many plenary polls have been started (a failed vote is followed by another round). */
  public int votingRounds() { return votingRounds; }
  public List<Candidate> selected() { return List.copyOf(selected); }
  public List<String> tiedAtCutoff() { return List.copyOf(tiedAtCutoff); }
}
