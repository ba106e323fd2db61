package io.lianxin.supervision.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.supervision.application.port.AuditLine;
import io.lianxin.supervision.application.port.OpinionStore;
import io.lianxin.supervision.application.port.RegisterCopyStore;
import io.lianxin.supervision.domain.MeasurePlan;
import io.lianxin.supervision.domain.MeasureStatus;
import io.lianxin.supervision.domain.OpinionReport;
import io.lianxin.supervision.domain.OpinionStatus;
import io.lianxin.supervision.domain.RegisteredUnit;
import io.lianxin.supervision.domain.ReviewOpinion;
import io.lianxin.supervision.domain.SupervisionPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * The two-lists loop of review opinions (审议意见两清单) as its people run it: the office issues,
 * rejects lists, asks for the vote, refers for accountability, re-inspects and publishes; the body
 * (its unit handlers and head) answers only its own opinions; leaders and the office read all of a
 * congress; deputies read published ones. Another congress's opinion, or another body's, is not found.
 */
@Service
public class ReviewOpinions {

  private final OpinionStore opinions;
  private final RegisterCopyStore register;
  private final Leaders leaders;
  private final SupervisionPolicy policy;
  private final Clock clock;

  public ReviewOpinions(OpinionStore opinions, RegisterCopyStore register, Leaders leaders, SupervisionPolicy policy,
      Clock clock) {
    this.opinions = opinions;
    this.register = register;
    this.leaders = leaders;
    this.policy = policy;
    this.clock = clock;
  }

  /** What the office writes when issuing: the body must be an active unit of the register. */
  public record Issue(String title, String text, String bodyUnitId, List<String> problems, String supervisingLeaderId,
      String activityId) {}

  public ReviewOpinion issue(CurrentUser staff, Issue issue) {
    if (issue.supervisingLeaderId() != null) {
      leaders.require(staff.congressId(), "supervisingLeaderId", issue.supervisingLeaderId());
    }
    RegisteredUnit body = register.unit(staff.congressId(), issue.bodyUnitId()).filter(RegisteredUnit::active)
        .orElseThrow(() -> new RuleViolationException("bodyUnitId",
            "名册中没有这个在册单位 / not an active unit of the register: " + issue.bodyUnitId()));
    ReviewOpinion opinion = ReviewOpinion.issue(staff.congressId(), UUID.randomUUID().toString(),
        new ReviewOpinion.Details(issue.title(), issue.text(), body.unitId(), body.name(), issue.supervisingLeaderId(),
            issue.activityId()), issue.problems(), today(), policy);
    return opinions.insert(opinion, staff).item();
  }

  public ReviewOpinion submitList(CurrentUser unit, String opinionId, List<MeasurePlan> plans) {
    return change(unit, opinionId, true, o -> o.submitList(plans, today()));
  }

  public ReviewOpinion rejectList(CurrentUser staff, String opinionId, String reason) {
    return change(staff, opinionId, false, o -> o.rejectList(reason));
  }

  public ReviewOpinion updateMeasure(CurrentUser unit, String opinionId, String measureId, MeasureStatus next,
      String evidence) {
    return change(unit, opinionId, true, o -> o.updateMeasure(measureId, next, evidence, today()));
  }

  public ReviewOpinion submitReport(CurrentUser unit, String opinionId, String report) {
    return change(unit, opinionId, true, o -> o.submitReport(report, today()));
  }

  /** Asks for the standing committee's satisfaction vote; the roll is the committee as the register copy has it now. */
  public ReviewOpinion requestSatisfactionVote(CurrentUser staff, String opinionId, Instant closesAt, boolean secret,
      List<String> scrutineers) {
    List<String> roll = register.standingCommittee(staff.congressId());
    return change(staff, opinionId, false,
        o -> o.requestSatisfactionVote(roll, closesAt, secret, scrutineers, clock.instant()));
  }

  public ReviewOpinion withdrawSatisfactionVote(CurrentUser staff, String opinionId, String reason) {
    return change(staff, opinionId, false, o -> o.withdrawSatisfactionVote(reason));
  }

  public ReviewOpinion referAccountability(CurrentUser staff, String opinionId, String referredTo, String text) {
    return change(staff, opinionId, false, o -> o.referAccountability(referredTo, text, today()));
  }

  public ReviewOpinion openReinspection(CurrentUser staff, String opinionId, LocalDate on, String purpose) {
    return change(staff, opinionId, false, o -> o.openReinspection(on, purpose));
  }

  public ReviewOpinion publish(CurrentUser staff, String opinionId) {
    Loaded<ReviewOpinion> loaded = load(staff, opinionId);
    if (loaded.item().published()) {
      return loaded.item(); // published before: no write, no event
    }
    loaded.item().publish();
    return opinions.save(loaded, staff).item();
  }

  public ReviewOpinion opinion(CurrentUser caller, String opinionId) {
    return load(caller, opinionId).item();
  }

  /** A page of the opinion's audit trail, oldest first, for those who may read the opinion (who did what, when). */
  public Page<AuditLine> history(CurrentUser caller, String opinionId, int page, int size) {
    load(caller, opinionId);
    List<AuditLine> all = opinions.history(caller.congressId(), opinionId);
    int from = (int) Math.min((long) page * size, all.size());
    return new Page<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
  }

  /** The opinions the caller may see: a body its own, a deputy the published ones, the office and leaders all. */
  public Page<ReviewOpinion> list(CurrentUser caller, OpinionStatus status, int page, int size) {
    OpinionStore.Filter filter = new OpinionStore.Filter(bodyOf(caller), status, publishedOnly(caller), null);
    return new Page<>(opinions.list(caller.congressId(), filter, page, size), page, size,
        opinions.count(caller.congressId(), filter));
  }

  /** A congress's published opinions, for anyone. */
  public Page<ReviewOpinion> published(String congressId, int page, int size) {
    OpinionStore.Filter filter = new OpinionStore.Filter(null, null, true, null);
    return new Page<>(opinions.list(congressId, filter, page, size), page, size, opinions.count(congressId, filter));
  }

  public ReviewOpinion publishedOpinion(String congressId, String opinionId) {
    return opinions.find(congressId, opinionId).map(Loaded::item).filter(ReviewOpinion::published)
        .orElseThrow(() -> new NotFoundException("opinion", opinionId));
  }

  /** The yearly report of a congress's opinions issued in {@code year}, per body. */
  public OpinionReport report(CurrentUser caller, int year) {
    OpinionReport report = new OpinionReport();
    opinions.forEach(caller.congressId(), new OpinionStore.Filter(null, null, false, year), report::add);
    return report;
  }

  private ReviewOpinion change(CurrentUser caller, String opinionId, boolean byTheBody, Consumer<ReviewOpinion> command) {
    Loaded<ReviewOpinion> loaded = load(caller, opinionId);
    if (byTheBody && !loaded.item().details().bodyUnitId().equals(caller.unitId())) {
      throw new NotFoundException("opinion", opinionId);
    }
    command.accept(loaded.item());
    return opinions.save(loaded, caller).item();
  }

  private Loaded<ReviewOpinion> load(CurrentUser caller, String opinionId) {
    Loaded<ReviewOpinion> loaded = opinions.find(caller.congressId(), opinionId)
        .orElseThrow(() -> new NotFoundException("opinion", opinionId));
    String body = bodyOf(caller);
    if (body != null && !body.equals(loaded.item().details().bodyUnitId())
        || publishedOnly(caller) && !loaded.item().published()) {
      throw new NotFoundException("opinion", opinionId);
    }
    return loaded;
  }

  /** A unit's people see their own body's opinions only. */
  private static String bodyOf(CurrentUser caller) {
    boolean office = caller.hasAny(Role.COMMITTEE_STAFF, Role.LEADER, Role.ADMIN);
    return !office && caller.hasAny(Role.UNIT_HANDLER, Role.UNIT_HEAD) ? String.valueOf(caller.unitId()) : null;
  }

  /** Deputies (and anyone else outside the office and the body) see published opinions only. */
  private static boolean publishedOnly(CurrentUser caller) {
    return !caller.hasAny(Role.COMMITTEE_STAFF, Role.LEADER, Role.ADMIN, Role.UNIT_HANDLER, Role.UNIT_HEAD);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), policy.zone());
  }
}
