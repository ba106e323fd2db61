package io.lianxin.deputy.messaging;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.messaging.TypedEvents;
import io.lianxin.chassis.outbox.PendingEvent;
import io.lianxin.deputy.domain.AnnualReport;
import io.lianxin.deputy.domain.Contact;
import io.lianxin.deputy.domain.MinimumNotice;
import io.lianxin.deputy.domain.Opinion;
import io.lianxin.deputy.domain.ReceptionDay;
import io.lianxin.deputy.domain.TrainingSession;
import io.lianxin.deputy.domain.WorkEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Deputies' work as the contracts say (lianxin.deputy.*.v1): the aggregate's snapshot, then the event's own
 * facts. A voter's opinion's snapshot is its tracking code, where and when it was collected and its state —
 * never the visitor's name or contact, nor (but for the take-up that starts a draft) its text.
 */
public final class WorkEventMapper {

  private WorkEventMapper() {}

  public static List<PendingEvent> forDay(ReceptionDay d, List<WorkEvent> events, CurrentUser actor) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("dayId", d.dayId());
    snapshot.put("congressId", d.congressId());
    snapshot.put("stationId", d.plan().stationId());
    snapshot.put("date", d.plan().date());
    snapshot.put("startsAt", d.plan().startsAt().toString());
    snapshot.put("endsAt", d.plan().endsAt().toString());
    snapshot.put("deputyIds", d.plan().deputyIds());
    snapshot.put("status", d.status().name());
    return pending(d.congressId(), snapshot, events, actor);
  }

  public static List<PendingEvent> forOpinion(Opinion o, List<WorkEvent> events, CurrentUser actor) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("trackingCode", o.trackingCode());
    snapshot.put("congressId", o.congressId());
    snapshot.put("stationId", o.origin().stationId());
    snapshot.put("dayId", o.origin().dayId());
    snapshot.put("receivedOn", o.origin().receivedOn());
    snapshot.put("state", o.state().name());
    return pending(o.congressId(), snapshot, events, actor);
  }

  public static List<PendingEvent> forReport(AnnualReport r, List<WorkEvent> events, CurrentUser actor) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("deputyId", r.deputyId());
    snapshot.put("congressId", r.congressId());
    snapshot.put("year", r.year());
    snapshot.put("stationId", r.filing().stationId());
    snapshot.put("hearingOn", r.filing().hearingOn());
    snapshot.put("state", r.state().name());
    return pending(r.congressId(), snapshot, events, actor);
  }

  public static List<PendingEvent> forSession(TrainingSession s, List<WorkEvent> events, CurrentUser actor) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("sessionId", s.sessionId());
    snapshot.put("congressId", s.congressId());
    snapshot.put("title", s.details().title());
    snapshot.put("date", s.details().date());
    snapshot.put("mode", s.details().mode().name());
    snapshot.put("attendeeCount", s.attendees().size());
    return pending(s.congressId(), snapshot, events, actor);
  }

  public static List<PendingEvent> forContact(Contact c, List<WorkEvent> events, CurrentUser actor) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("contactId", c.contactId());
    snapshot.put("congressId", c.congressId());
    snapshot.put("kind", c.details().kind().name());
    snapshot.put("personId", c.details().personId());
    snapshot.put("counterpartDeputyId", c.details().counterpartDeputyId());
    snapshot.put("mode", c.details().mode().name());
    snapshot.put("on", c.details().on());
    snapshot.put("votersMet", c.details().votersMet());
    return pending(c.congressId(), snapshot, events, actor);
  }

  public static List<PendingEvent> forMinimumNotice(MinimumNotice n, List<WorkEvent> events, CurrentUser actor) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("noticeId", n.noticeId());
    snapshot.put("congressId", n.congressId());
    snapshot.put("year", n.year());
    snapshot.put("issuedOn", n.issuedOn());
    snapshot.put("deputiesNamed", n.deputyIds().size());
    return pending(n.congressId(), snapshot, events, actor);
  }

  private static List<PendingEvent> pending(String congressId, Map<String, Object> snapshot, List<WorkEvent> events,
      CurrentUser actor) {
    snapshot.values().removeIf(Objects::isNull);
    return events.stream()
        .map(e -> TypedEvents.pending(RegisterEventMapper.SERVICE, congressId, snapshot, e, e.summary(), actor)).toList();
  }
}
