package io.lianxin.supervision.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.supervision.application.port.RegisterCopyStore;
import io.lianxin.supervision.application.port.TrackingStore;
import io.lianxin.supervision.domain.ProjectTracking;
import io.lianxin.supervision.domain.RegisteredUnit;
import io.lianxin.supervision.domain.SiteInspection;
import io.lianxin.supervision.domain.SupervisionPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Livelihood projects tracked to their rating (民生实事项目督办落实): one tracking per project voting
 * selected (a selection delivered again creates nothing), set up by the office, progress by the
 * responsible department (only its own), inspections by deputies or the office, and the year-end
 * satisfaction vote of all deputies. Every signed-in caller of the congress reads them; anyone
 * reads them on the public path (the projects and their progress are public).
 */
@Service
public class ProjectTrackings {

  /** A project of voting's livelihood-projects-selected. */
  public record SelectedProject(String proposalId, String title, String department, Long budgetYuan) {}

  private final TrackingStore trackings;
  private final RegisterCopyStore register;
  private final Leaders leaders;
  private final SupervisionPolicy policy;
  private final Clock clock;

  public ProjectTrackings(TrackingStore trackings, RegisterCopyStore register, Leaders leaders, SupervisionPolicy policy,
      Clock clock) {
    this.trackings = trackings;
    this.register = register;
    this.leaders = leaders;
    this.policy = policy;
    this.clock = clock;
  }

  /** Starts one tracking per selected project; those tracked already are left as they are. Returns how many started. */
  public int onProjectsSelected(String congressId, String programmeId, int year, List<SelectedProject> projects) {
    int started = 0;
    for (SelectedProject p : projects) {
      if (trackings.find(congressId, p.proposalId()).isPresent()) {
        continue;
      }
      try {
        trackings.insert(ProjectTracking.start(congressId, p.proposalId(), new ProjectTracking.Project(programmeId,
            p.proposalId(), year, p.title(), p.department(), p.budgetYuan() == null ? 0 : p.budgetYuan())), null);
        started++;
      } catch (OptimisticLockingFailureException trackedMeanwhile) {
        // the same selection handled at the same time elsewhere: one tracking
      }
    }
    return started;
  }

  public ProjectTracking setUp(CurrentUser staff, String trackingId, String leadLeaderId, String office, String unitId,
      List<ProjectTracking.PlannedMilestone> milestones) {
    leaders.require(staff.congressId(), "leadLeaderId", leadLeaderId);
    RegisteredUnit unit = register.unit(staff.congressId(), unitId).filter(RegisteredUnit::active)
        .orElseThrow(() -> new RuleViolationException("unitId",
            "名册中没有这个在册单位 / not an active unit of the register: " + unitId));
    return change(staff, trackingId, false, t -> t.setUp(
        new ProjectTracking.Responsibility(leadLeaderId, office, unit.unitId(), unit.name()), milestones));
  }

  public ProjectTracking reportProgress(CurrentUser unit, String trackingId, int milestone, String text,
      boolean reached) {
    return change(unit, trackingId, true, t -> t.reportProgress(milestone, text, reached, today()));
  }

  /** A site inspection; the deputies named must be active deputies of the register. */
  public ProjectTracking recordInspection(CurrentUser caller, String trackingId, LocalDate on, String deputyGroup,
      List<String> deputyIds, String findings) {
    if (caller.has(Role.DEPUTY) && !caller.hasAny(Role.COMMITTEE_STAFF, Role.ADMIN)
        && !deputyIds.contains(caller.deputyId())) {
      throw new RuleViolationException("deputyIds", "代表只能登记本人参加的视察 / a deputy records an inspection they took part in");
    }
    Set<String> active = new HashSet<>(register.activeDeputies(caller.congressId()));
    List<String> unknown = deputyIds.stream().filter(id -> !active.contains(id)).distinct().sorted().toList();
    if (!unknown.isEmpty()) {
      throw new RuleViolationException("deputyIds", "名册中没有这些在任代表 / not active deputies of the register: "
          + String.join(", ", unknown));
    }
    return change(caller, trackingId, false, t -> t.recordInspection(new SiteInspection(on, deputyGroup, deputyIds,
        findings)));
  }

  /** The year-end satisfaction vote of all the congress's active deputies. */
  public ProjectTracking requestSatisfactionVote(CurrentUser staff, String trackingId, Instant closesAt, boolean secret,
      List<String> scrutineers) {
    List<String> roll = register.activeDeputies(staff.congressId());
    return change(staff, trackingId, false,
        t -> t.requestSatisfactionVote(roll, closesAt, secret, scrutineers, clock.instant()));
  }

  public ProjectTracking withdrawSatisfactionVote(CurrentUser staff, String trackingId, String reason) {
    return change(staff, trackingId, false, t -> t.withdrawSatisfactionVote(reason));
  }

  public ProjectTracking tracking(String congressId, String trackingId) {
    return trackings.find(congressId, trackingId).map(Loaded::item)
        .orElseThrow(() -> new NotFoundException("tracking", trackingId));
  }

  /** A congress's trackings; a unit's people see those their unit is responsible for. */
  public Page<ProjectTracking> list(CurrentUser caller, Integer year, int page, int size) {
    String unit = caller.hasAny(Role.COMMITTEE_STAFF, Role.LEADER, Role.ADMIN, Role.DEPUTY) ? null
        : caller.hasAny(Role.UNIT_HANDLER, Role.UNIT_HEAD) ? String.valueOf(caller.unitId()) : null;
    return new Page<>(trackings.list(caller.congressId(), year, unit, page, size), page, size,
        trackings.count(caller.congressId(), year, unit));
  }

  public Page<ProjectTracking> publicList(String congressId, Integer year, int page, int size) {
    return new Page<>(trackings.list(congressId, year, null, page, size), page, size,
        trackings.count(congressId, year, null));
  }

  private ProjectTracking change(CurrentUser caller, String trackingId, boolean byTheUnit,
      Consumer<ProjectTracking> command) {
    Loaded<ProjectTracking> loaded = trackings.find(caller.congressId(), trackingId)
        .orElseThrow(() -> new NotFoundException("tracking", trackingId));
    ProjectTracking.Responsibility who = loaded.item().responsibility();
    if (byTheUnit && (who == null || !who.unitId().equals(caller.unitId()))) {
      throw new NotFoundException("tracking", trackingId);
    }
    command.accept(loaded.item());
    return trackings.save(loaded, caller).item();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), policy.zone());
  }
}
