package io.lianxin.deputy.messaging;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.messaging.TypedEvents;
import io.lianxin.chassis.outbox.PendingEvent;
import io.lianxin.deputy.domain.Congress;
import io.lianxin.deputy.domain.Deputy;
import io.lianxin.deputy.domain.HandlingUnit;
import io.lianxin.deputy.domain.RegisterEvent;
import io.lianxin.deputy.domain.Station;
import io.lianxin.deputy.domain.WorkingBody;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The register's events as the contracts say (lianxin.deputy.*.v1): the whole entry as the snapshot,
 * so that a consumer's copy is complete from any one event, then the event's own facts.
 */
public final class RegisterEventMapper {

  static final String SERVICE = "deputy";

  private RegisterEventMapper() {}

  public static List<PendingEvent> forDeputy(Deputy d, List<RegisterEvent> events, CurrentUser actor) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("deputyId", d.deputyId());
    snapshot.put("congressId", d.congressId());
    snapshot.put("name", d.details().name());
    snapshot.put("status", d.status().name());
    snapshot.put("electoralUnit", d.details().electoralUnit());
    snapshot.put("delegation", d.details().delegation());
    snapshot.put("deputyGroup", d.details().deputyGroup());
    snapshot.put("delegationHead", d.details().delegationHead());
    snapshot.put("standingCommitteeRole", d.details().standingCommitteeRole() == null ? null
        : d.details().standingCommitteeRole().name());
    snapshot.put("occupation", d.details().occupation());
    snapshot.put("termStart", d.details().termStart());
    snapshot.put("termEnd", d.details().termEnd());
    snapshot.values().removeIf(java.util.Objects::isNull); // the whole entry: a field it lacks is absent
    return events.stream().map(e -> TypedEvents.pending(SERVICE, d.congressId(), snapshot, e, e.summary(), actor)).toList();
  }

  public static List<PendingEvent> forUnit(HandlingUnit u, List<RegisterEvent> events, CurrentUser actor) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("unitId", u.unitId());
    snapshot.put("congressId", u.congressId());
    snapshot.put("name", u.details().name());
    snapshot.put("kind", u.details().kind().name());
    snapshot.put("superiorUnitId", u.details().superiorUnitId());
    snapshot.put("status", u.status().name());
    snapshot.values().removeIf(java.util.Objects::isNull);
    return events.stream().map(e -> TypedEvents.pending(SERVICE, u.congressId(), snapshot, e, e.summary(), actor)).toList();
  }

  public static List<PendingEvent> forStation(Station s, List<RegisterEvent> events, CurrentUser actor) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("stationId", s.stationId());
    snapshot.put("congressId", s.congressId());
    snapshot.put("kind", s.details().kind().name());
    snapshot.put("name", s.details().name());
    snapshot.put("address", s.details().place().address());
    snapshot.put("township", s.details().place().township());
    snapshot.put("deputyIds", s.deputyIds());
    snapshot.put("status", s.status().name());
    snapshot.values().removeIf(java.util.Objects::isNull);
    return events.stream().map(e -> TypedEvents.pending(SERVICE, s.congressId(), snapshot, e, e.summary(), actor)).toList();
  }

  /** A congress's events are its own tenant's: the subject is the congress's id. */
  public static List<PendingEvent> forCongress(Congress c, List<RegisterEvent> events, CurrentUser actor) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("congressId", c.congressId());
    snapshot.put("name", c.details().name());
    snapshot.put("level", c.details().level().name());
    snapshot.put("parentCongressId", c.details().parentCongressId());
    snapshot.put("terms", c.details().terms().stream().map(t -> {
      Map<String, Object> term = new LinkedHashMap<>();
      term.put("number", t.number());
      term.put("start", t.start());
      term.put("end", t.end());
      term.values().removeIf(java.util.Objects::isNull);
      return term;
    }).toList());
    snapshot.values().removeIf(java.util.Objects::isNull);
    return events.stream().map(e -> TypedEvents.pending(SERVICE, c.congressId(), snapshot, e, e.summary(), actor)).toList();
  }

  public static List<PendingEvent> forWorkingBody(WorkingBody b, List<RegisterEvent> events, CurrentUser actor) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("bodyId", b.bodyId());
    snapshot.put("congressId", b.congressId());
    snapshot.put("name", b.details().name());
    snapshot.put("kind", b.details().kind().name());
    snapshot.put("headDeputyId", b.details().headDeputyId());
    snapshot.put("memberDeputyIds", b.details().memberDeputyIds());
    snapshot.put("status", b.status().name());
    return events.stream().map(e -> TypedEvents.pending(SERVICE, b.congressId(), snapshot, e, e.summary(), actor)).toList();
  }
}
