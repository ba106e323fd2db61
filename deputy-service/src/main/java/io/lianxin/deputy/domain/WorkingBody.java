package io.lianxin.deputy.domain;

import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A working body of a congress's standing committee (常委会工作机构, 工委: 选任代工委, 财经工委, 法工委 …):
 * its kind, its head (主任, a deputy of the register on the standing committee) and its other members
 * (deputies of the register). In place until dissolved (撤销).
 */
public final class WorkingBody {

  /** What the register says of a working body: the other members by id, each once, the head not among them. */
  public record Details(String name, WorkingBodyKind kind, String headDeputyId, List<String> memberDeputyIds) {
    public Details {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(headDeputyId, "headDeputyId");
      List<String> given = List.copyOf(memberDeputyIds);
      List<String> twice = given.stream().filter(id -> given.indexOf(id) != given.lastIndexOf(id)).distinct().sorted()
          .toList();
      if (!twice.isEmpty()) {
        throw new RuleViolationException("memberDeputyIds", "成员重复 / members listed twice: " + String.join(", ", twice));
      }
      if (memberDeputyIds.contains(headDeputyId)) {
        throw new RuleViolationException("memberDeputyIds", "主任不再列入成员 / the head " + headDeputyId
            + " is not listed again among the members");
      }
      memberDeputyIds = given.stream().sorted().toList();
    }

    List<String> changedFrom(Details other) {
      List<String> changed = new ArrayList<>();
      if (!name.equals(other.name)) {
        changed.add("name");
      }
      if (kind != other.kind) {
        changed.add("kind");
      }
      if (!headDeputyId.equals(other.headDeputyId)) {
        changed.add("headDeputyId");
      }
      if (!memberDeputyIds.equals(other.memberDeputyIds)) {
        changed.add("memberDeputyIds");
      }
      return changed;
    }
  }

  private final String congressId;
  private final String bodyId;
  private Details details;
  private WorkingBodyStatus status;
  private LocalDate dissolvedOn;
  private final RecordedEvents<RegisterEvent> events = new RecordedEvents<>();

  private WorkingBody(String congressId, String bodyId, Details details, WorkingBodyStatus status, LocalDate dissolvedOn) {
    this.congressId = Objects.requireNonNull(congressId, "congressId");
    this.bodyId = Objects.requireNonNull(bodyId, "bodyId");
    this.details = Objects.requireNonNull(details, "details");
    this.status = Objects.requireNonNull(status, "status");
    this.dissolvedOn = dissolvedOn;
  }

  /**
   * The people an entry names must be in the register now: the head an active deputy on the standing committee
   * (常委会组成人员), every member an active deputy; else nothing is written and the others are named.
   *
   * @param head the deputy the entry names as head, as the register of the body's congress has them; null if it has none
   * @param activeMembers which of the entry's members are active deputies of the body's congress
   */
  public static void requireFromRegister(Details entry, Deputy head, Set<String> activeMembers) {
    if (head == null || head.status() != DeputyStatus.ACTIVE) {
      throw new RuleViolationException("headDeputyId", "名册中没有在任代表 " + entry.headDeputyId()
          + " / no active deputy " + entry.headDeputyId() + " in the register");
    }
    if (head.details().standingCommitteeRole() == null) {
      throw new RuleViolationException("headDeputyId", "主任须为常委会组成人员，" + entry.headDeputyId() + " 不是 / the head must "
          + "be on the standing committee; " + entry.headDeputyId() + " is not");
    }
    List<String> unknown = entry.memberDeputyIds().stream().filter(id -> !activeMembers.contains(id)).toList();
    if (!unknown.isEmpty()) {
      throw new RuleViolationException("memberDeputyIds", "名册中没有这些在任代表 / not active deputies of the register: "
          + String.join(", ", unknown));
    }
  }

  /** Enters a working body (设立工委). */
  public static WorkingBody register(String congressId, String bodyId, Details details) {
    WorkingBody body = new WorkingBody(congressId, bodyId, details, WorkingBodyStatus.ACTIVE, null);
    body.events.record(new RegisterEvent.WorkingBodyRegistered());
    return body;
  }

  public static WorkingBody restore(String congressId, String bodyId, Details details, WorkingBodyStatus status,
      LocalDate dissolvedOn) {
    return new WorkingBody(congressId, bodyId, details, status, dissolvedOn);
  }

  /** Changes the entry; the same entry again changes nothing. */
  public void update(Details next) {
    requireActive("update");
    List<String> changed = next.changedFrom(details);
    if (!changed.isEmpty()) {
      details = next;
      events.record(new RegisterEvent.WorkingBodyUpdated(changed));
    }
  }

  /** The body is dissolved (撤销); its history stays. */
  public void dissolve(LocalDate on) {
    requireActive("dissolve");
    status = WorkingBodyStatus.DISSOLVED;
    dissolvedOn = on;
    events.record(new RegisterEvent.WorkingBodyDissolved(on));
  }

  private void requireActive(String action) {
    if (status != WorkingBodyStatus.ACTIVE) {
      throw new IllegalTransitionException(action, status.name());
    }
  }

  public List<RegisterEvent> takeEvents() {
    return events.take();
  }

  public String congressId() {
    return congressId;
  }

  public String bodyId() {
    return bodyId;
  }

  public Details details() {
    return details;
  }

  public WorkingBodyStatus status() {
    return status;
  }

  public LocalDate dissolvedOn() {
    return dissolvedOn;
  }
}
