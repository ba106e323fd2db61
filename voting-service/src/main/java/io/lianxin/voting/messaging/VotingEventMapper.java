package io.lianxin.voting.messaging;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.messaging.TypedEvents;
import io.lianxin.chassis.outbox.PendingEvent;
import io.lianxin.voting.domain.Poll;
import io.lianxin.voting.domain.PollEvent;
import io.lianxin.voting.domain.Programme;
import io.lianxin.voting.domain.ProgrammeEvent;
import io.lianxin.voting.domain.Proposal;
import io.lianxin.voting.domain.ProposalEvent;
import io.lianxin.voting.domain.ScrutineerKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps voting events to the published contract ({@code lianxin.voting.<name>.v1}, see
 * docs/events.md): the snapshot of the poll, programme or proposal, then the event's facts. The
 * actor is in the audit trail only. A ballot never becomes an event.
 */
public final class VotingEventMapper {

  static final String SERVICE = "voting";

  private VotingEventMapper() {}

  public static List<PendingEvent> forPoll(Poll p, List<PollEvent> events, CurrentUser actor) {
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
    return events.stream().map(e -> TypedEvents.pending(SERVICE, p.congressId(),
        e instanceof PollEvent.OfKey ? withKey(snapshot, p.scrutineerKey()) : snapshot, e.published(),
        e.summary(actor), actor)).toList();
  }

  /** The scrutineers' key as it stands, which every event about it carries after the poll's snapshot. */
  private static Map<String, Object> withKey(Map<String, Object> snapshot, ScrutineerKey key) {
    Map<String, Object> data = new LinkedHashMap<>(snapshot);
    data.put("scrutineers", key.scrutineers().stream().map(ScrutineerKey.Scrutineer::id).toList());
    data.put("threshold", key.threshold());
    data.put("keyStage", key.stage().name());
    return data;
  }

  public static List<PendingEvent> forProgramme(Programme p, List<ProgrammeEvent> events, CurrentUser actor) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("programmeId", p.id());
    snapshot.put("congressId", p.congressId());
    snapshot.put("title", p.title());
    snapshot.put("phase", p.phase().name());
    snapshot.put("year", p.year());
    snapshot.put("seats", p.seats());
    snapshot.put("publicFeed", "feed");
    return events.stream().map(e -> TypedEvents.pending(SERVICE, p.congressId(), snapshot, e, e.summary(), actor))
        .toList();
  }

  public static List<PendingEvent> forProposal(Proposal p, List<ProposalEvent> events, CurrentUser actor) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("proposalId", p.id());
    snapshot.put("programmeId", p.programmeId());
    snapshot.put("congressId", p.congressId());
    snapshot.put("title", p.title());
    snapshot.put("proposerId", p.proposerId());
    snapshot.put("place", p.place());
    snapshot.put("source", p.source().name());
    snapshot.put("sourceRef", p.sourceRef());
    return events.stream().map(e -> TypedEvents.pending(SERVICE, p.congressId(), snapshot, e.published(),
        e.summary(), actor)).toList();
  }
}
