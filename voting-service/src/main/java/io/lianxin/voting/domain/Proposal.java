package io.lianxin.voting.domain;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A project proposed for the livelihood-project programme (民生实事项目建议): by a member of the
 * public directly, or through a deputy or a deputy home/station (代表之家/站) recorded as the
 * source. Staff may merge duplicates into one; supports (附议) are kept apart, one per person.
 */
public final class Proposal {

  /** Through whom the proposal came. */
  public enum Source { DIRECT, DEPUTY, STATION }

  private String id;
  private String programmeId;
  private String congressId;
  private String title;
  private String description;
  private String place;
  private String estimatedBenefit;
  private String proposerId;
  private Source source;
  private String sourceRef;
  private String mergedInto;
  private Instant proposedAt;
  /** Recorded by the commands, taken by the store before it writes: null when none (never stored). */
  private transient List<ProposalEvent> events;

  private Proposal() {}

  /**
   * @param sourceRef the deputy id for DEPUTY (the caller's own), the home/station's name for STATION
   */
  public static Proposal propose(String id, Programme programme, CurrentUser who, String title, String description,
      String place, String estimatedBenefit, Source source, String sourceRef, Instant now) {
    if (!who.congressId().equals(programme.congressId())) {
      throw new ForbiddenException("proposals are made in one's own congress");
    }
    requireResidentOrDeputy(who);
    programme.requireCollecting(now);
    if (title == null || title.isBlank() || title.length() > 200) {
      throw new RuleViolationException("title", "a title of 1 to 200 characters");
    }
    if (description == null || description.isBlank() || description.length() > 5000) {
      throw new RuleViolationException("description", "a description of 1 to 5000 characters");
    }
    Source s = source == null ? Source.DIRECT : source;
    String ref = sourceRef;
    if (s == Source.DEPUTY) {
      if (!who.has(Role.DEPUTY) || who.deputyId() == null) {
        throw new ForbiddenException("only a deputy records a proposal as received through them");
      }
      ref = who.deputyId();
    } else if (s == Source.STATION && (ref == null || ref.isBlank())) {
      throw new RuleViolationException("sourceRef", "the deputy home or station it came through");
    } else if (s == Source.DIRECT) {
      ref = null;
    }
    Proposal p = new Proposal();
    p.id = id;
    p.programmeId = programme.id();
    p.congressId = programme.congressId();
    p.title = title;
    p.description = description;
    p.place = place;
    p.estimatedBenefit = estimatedBenefit;
    p.proposerId = who.subject();
    p.source = s;
    p.sourceRef = ref;
    p.proposedAt = now;
    p.record(new ProposalEvent.ProjectProposed(programme.id(), title, place, s, ref));
    return p;
  }

  /** 群众提: residents (PUBLIC) and deputies propose and support projects; the office does not. */
  public static void requireResidentOrDeputy(CurrentUser who) {
    if (!who.hasAny(Role.PUBLIC, Role.DEPUTY)) {
      throw new ForbiddenException("residents and deputies propose and support projects");
    }
  }

  /** Staff merge this proposal into another one of the same programme (合并重复项目). */
  public void mergeInto(CurrentUser staff, Proposal target) {
    if (!staff.has(Role.COMMITTEE_STAFF)) {
      throw new ForbiddenException("only committee staff merge proposals");
    }
    if (mergedInto != null) {
      throw new IllegalTransitionException("merge", "MERGED");
    }
    if (target.id.equals(id) || !target.programmeId.equals(programmeId) || target.mergedInto != null) {
      throw new RuleViolationException("into", "another, unmerged proposal of the same programme");
    }
    mergedInto = target.id;
    record(new ProposalEvent.ProposalMerged(programmeId, target.id, target.title));
  }

  /** The events the commands since the last call caused, in order. */
  public List<ProposalEvent> takeEvents() {
    List<ProposalEvent> taken = events == null ? List.of() : List.copyOf(events);
    events = null;
    return taken;
  }

  private void record(ProposalEvent event) {
    if (events == null) {
      events = new ArrayList<>();
    }
    events.add(event);
  }

  public String id() { return id; }
  public String programmeId() { return programmeId; }
  public String congressId() { return congressId; }
  public String title() { return title; }
  public String description() { return description; }
  public String place() { return place; }
  public String estimatedBenefit() { return estimatedBenefit; }
  public String proposerId() { return proposerId; }
  public Source source() { return source; }
  public String sourceRef() { return sourceRef; }
  public String mergedInto() { return mergedInto; }
  public Instant proposedAt() { return proposedAt; }
}
