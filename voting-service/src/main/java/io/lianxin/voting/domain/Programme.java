package io.lianxin.voting.domain;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A year's livelihood-project programme (民生实事项目人大代表票决): the public propose (群众提)
 * while COLLECTING, staff and deputies shortlist more candidates than seats while SCREENING
 * (差额), the deputies vote at the plenary while VOTING (代表定), and the selected projects are
 * published when DECIDED — for the government to deliver and the congress to evaluate.
 */
public final class Programme {

  /** Where a plenary poll's title is cut, to leave room for " 代表票决" within a poll title's 200 characters. */
  static final int PLENARY_TITLE_CUT = 190;

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
  /** Recorded by the commands, taken by the store before it writes: null when none (never stored). */
  private transient List<ProgrammeEvent> events;

  private Programme() {}

  /**
   * One programme per congress and year (每年一个民生实事项目计划): {@code sameYear} is the congress's
   * programme of that year, if there is one; a second is refused (409).
   */
  public static void requireFirstOfYear(int year, Optional<Programme> sameYear) {
    if (sameYear.isPresent()) {
      throw new IllegalTransitionException("open a second programme for " + year + " (" + sameYear.get().id() + ")",
          "PROGRAMME_OF_YEAR_EXISTS");
    }
  }

  public static Programme open(String id, CurrentUser staff, int year, String title, int seats, Instant collectingUntil,
      Instant now) {
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
    p.record(new ProgrammeEvent.ProgrammeOpened(collectingUntil));
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

  /**
   * Sets (or revises) the shortlist once the collection window has ended (征集结束后); it must offer
   * more candidates than seats (差额).
   */
  public void shortlist(CurrentUser staff, List<Candidate> shortlist, Instant now) {
    requireStaff(staff);
    require("shortlist", Phase.COLLECTING, Phase.SCREENING);
    if (now.isBefore(collectingUntil)) {
      throw new IllegalTransitionException("shortlist while proposals are still being collected (until "
          + collectingUntil + ")", "COLLECTING");
    }
    if (shortlist == null || shortlist.size() <= seats) {
      throw new RuleViolationException("candidates", "more candidates than the " + seats + " seats (差额)");
    }
    if (shortlist.stream().map(Candidate::proposalId).distinct().count() != shortlist.size()) {
      throw new RuleViolationException("candidates", "each proposal once");
    }
    if (shortlist.stream().anyMatch(c -> c.title() == null || c.title().isBlank() || c.title().contains(".")
        || c.title().startsWith("$")) || shortlist.stream().map(Candidate::title).distinct().count() != shortlist.size()) {
      throw new RuleViolationException("candidates",
          "each title once, without '.' and not starting with '$': the plenary poll's items are the titles");
    }
    candidates = List.copyOf(shortlist);
    phase = Phase.SCREENING;
    record(new ProgrammeEvent.ProgrammeShortlisted(candidates));
  }

  /**
   * The plenary poll was created for the shortlist. Again while VOTING only when the last vote
   * failed (cancelled, or without quorum): then a new round on the same shortlist.
   */
  public void startVoting(CurrentUser staff, String pollId, boolean lastVoteFailed) {
    checkCanStartVoting(staff, lastVoteFailed);
    this.pollId = pollId;
    votingRounds++;
    phase = Phase.VOTING;
    record(new ProgrammeEvent.ProgrammeVotingStarted(pollId));
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

  /**
   * The poll's result is published: the selected projects, and any tie at the last seat, as the
   * poll's items — the candidates' titles (a poll drafted before items were titles named the
   * proposal ids: either is matched). The tie is kept as the tied candidates' proposal ids.
   */
  public void decide(List<String> selectedItems, List<String> tied) {
    require("decide", Phase.VOTING);
    selected = candidatesNamedBy(selectedItems);
    tiedAtCutoff = candidatesNamedBy(tied).stream().map(Candidate::proposalId).toList();
    phase = Phase.DECIDED;
    record(new ProgrammeEvent.LivelihoodProjectsSelected(pollId, selected, selected.size(), tiedAtCutoff,
        selected.stream().mapToLong(Candidate::budgetYuan).sum()));
  }

  private List<Candidate> candidatesNamedBy(List<String> items) {
    return candidates.stream().filter(c -> items.contains(c.title()) || items.contains(c.proposalId())).toList();
  }

  /**
   * The plenary poll over the shortlist (代表票决): secret, in person, approval of up to as many
   * projects as there are seats, each needing more than half of all deputies; titled after the
   * programme (cut so that the poll's title stays within its 200 characters).
   */
  public Poll.Draft plenaryPoll(List<String> roll, Instant opensAt, Instant closesAt, List<String> scrutineers,
      Integer scrutineerThreshold) {
    return plenaryPoll(new PlenaryVote(roll, null, opensAt, closesAt, scrutineers, scrutineerThreshold));
  }

  /**
   * What staff say of the plenary vote: the roll — deputies' ids, or a roll by kind from the register
   * (usually all deputies), exactly one of the two — its times and its scrutineers (监票人).
   */
  public record PlenaryVote(List<String> roll, Roll rollOf, Instant opensAt, Instant closesAt, List<String> scrutineers,
      Integer scrutineerThreshold) {}

  /** The plenary poll of {@code vote} (see above). */
  public Poll.Draft plenaryPoll(PlenaryVote vote) {
    // the items are the candidates' titles: deputies vote, and the feed reads, by title
    List<String> items = candidates.stream().map(Candidate::title).toList();
    // a roll by kind has its size once the register resolves it, when the poll is drafted
    PollSpec spec = PollSpec.approvalOfUpTo(seats, items, vote.roll() != null ? vote.roll().size() : 1);
    Poll.Draft.Builder draft = vote.rollOf() != null
        ? Poll.Draft.builder(PollKind.LIVELIHOOD_PROJECTS, plenaryPollTitle(), spec, vote.rollOf())
        : Poll.Draft.builder(PollKind.LIVELIHOOD_PROJECTS, plenaryPollTitle(), spec, vote.roll());
    return draft.inPerson(true).isPublic(true).schedule(vote.opensAt(), vote.closesAt()).programmeId(id)
        .scrutineers(vote.scrutineers(), vote.scrutineerThreshold()).build();
  }

  /** The programme's title, cut at {@value #PLENARY_TITLE_CUT} characters, then " 代表票决". */
  String plenaryPollTitle() {
    String base = title.length() > PLENARY_TITLE_CUT ? title.substring(0, PLENARY_TITLE_CUT) : title;
    return base + " 代表票决";
  }

  /** The events the commands since the last call caused, in order. */
  public List<ProgrammeEvent> takeEvents() {
    List<ProgrammeEvent> taken = events == null ? List.of() : List.copyOf(events);
    events = null;
    return taken;
  }

  private void record(ProgrammeEvent event) {
    if (events == null) {
      events = new ArrayList<>();
    }
    events.add(event);
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
