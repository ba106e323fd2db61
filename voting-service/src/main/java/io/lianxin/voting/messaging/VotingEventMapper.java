package io.lianxin.voting.messaging;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.outbox.PendingEvent;
import io.lianxin.events.EventCatalog;
import io.lianxin.events.EventType;
import io.lianxin.voting.domain.Poll;
import io.lianxin.voting.domain.VotingEvent;
import io.lianxin.voting.domain.Programme;
import io.lianxin.voting.domain.Proposal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps voting events to the published contract ({@code lianxin.voting.<name>.v1}, see
 * docs/events.md): the snapshot of the poll, programme or proposal, then the event's facts. The
 * actor is in the audit trail only. A ballot never becomes an event.
 */
public final class VotingEventMapper {

  private VotingEventMapper() {}

  public static List<PendingEvent> forPoll(Poll p, List<VotingEvent> events, CurrentUser actor) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("pollId", p.id());
    snapshot.put("congressId", p.congressId());
    snapshot.put("kind", p.kind().name());
    snapshot.put("title", p.title());
    snapshot.put("state", p.state().name());
    snapshot.put("secret", p.secret());
    snapshot.put("isPublic", p.isPublic());
    snapshot.put("publicFeed", p.isPublic() ? "feed" : null);
    snapshot.put("rollSize", p.spec().rollSize());
    snapshot.put("requestId", p.requestId());
    snapshot.put("programmeId", p.programmeId());
    return map(p.congressId(), snapshot, events, actor);
  }

  public static List<PendingEvent> forProgramme(Programme p, List<VotingEvent> events, CurrentUser actor) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("programmeId", p.id());
    snapshot.put("congressId", p.congressId());
    snapshot.put("title", p.title());
    snapshot.put("phase", p.phase().name());
    snapshot.put("year", p.year());
    snapshot.put("seats", p.seats());
    snapshot.put("publicFeed", "feed");
    return map(p.congressId(), snapshot, events, actor);
  }

  public static List<PendingEvent> forProposal(Proposal p, List<VotingEvent> events, CurrentUser actor) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("proposalId", p.id());
    snapshot.put("programmeId", p.programmeId());
    snapshot.put("congressId", p.congressId());
    snapshot.put("title", p.title());
    snapshot.put("proposerId", p.proposerId());
    snapshot.put("place", p.place());
    snapshot.put("source", p.source().name());
    snapshot.put("sourceRef", p.sourceRef());
    return map(p.congressId(), snapshot, events, actor);
  }

  private static List<PendingEvent> map(String congressId, Map<String, Object> snapshot, List<VotingEvent> events,
      CurrentUser actor) {
    String actorId = actor == null ? "system" : actor.subject();
    String role = actor == null ? "SYSTEM" : actor.roles().stream().findFirst().map(Enum::name).orElse(null);
    return events.stream().map(e -> {
      String name = "lianxin.voting." + e.name() + ".v1";
      EventType type = EventCatalog.find(name).orElseThrow(() -> new IllegalStateException("no contract for " + name));
      Map<String, Object> data = new LinkedHashMap<>(snapshot);
      data.putAll(e.facts());
      return new PendingEvent(type, congressId, data, actorId, role, e.summary());
    }).toList();
  }
}
