package io.lianxin.voting.application;

import io.lianxin.chassis.messaging.DeterministicIds;
import io.lianxin.events.EventEnvelope;
import io.lianxin.voting.domain.PassingRule;
import io.lianxin.voting.domain.Poll;
import io.lianxin.voting.domain.PollKind;
import io.lianxin.voting.domain.PollMethod;
import io.lianxin.voting.domain.PollSpec;
import io.lianxin.voting.persistence.VotingRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Polls requested by other services (supervision's satisfaction and score votes). The poll id is
 * derived from the request id, so a request delivered again — or handled by two replicas at once —
 * creates exactly one poll: the second insert of the same id is refused by the store. The poll
 * opens and closes on the requested schedule and is tallied and published at close; its
 * result-published event carries the request id back.
 */
@Service
public class VoteRequests {

  private final PollService polls;
  private final VotingRepository repository;

  public VoteRequests(PollService polls, VotingRepository repository) {
    this.polls = polls;
    this.repository = repository;
  }

  public void onRequest(EventEnvelope event) {
    JsonNode d = event.data();
    String requestId = d.get("requestId").asString();
    String congressId = d.get("congressId").asString();
    String pollId = pollIdFor(congressId, requestId);
    if (repository.poll(pollId).isPresent()) {
      return;
    }
    boolean satisfaction = event.type().contains("satisfaction");
    List<String> items = strings(d.get("items"));
    List<String> roll = strings(d.get("roll"));
    PollSpec spec = new PollSpec(satisfaction ? PollMethod.RATING : PollMethod.SCORE, items, roll.size(),
        new PassingRule(PassingRule.Base.VALID_VOTES, PassingRule.Threshold.MORE_THAN_HALF), null, 0, items.size(), 50, 60);
    JsonNode opensAt = d.get("opensAt");
    Poll.Draft draft = new Poll.Draft(satisfaction ? PollKind.SATISFACTION : PollKind.SCORE, d.get("title").asString(),
        spec, !d.has("secret") || d.get("secret").asBoolean(), false, false, d.has("isPublic") && d.get("isPublic").asBoolean(),
        true, roll, opensAt == null || opensAt.isNull() ? event.time() : Instant.parse(opensAt.asString()),
        Instant.parse(d.get("closesAt").asString()), requestId, null, strings(d.get("scrutineers")),
        d.has("scrutineerThreshold") && !d.get("scrutineerThreshold").isNull() ? d.get("scrutineerThreshold").asInt() : null);
    try {
      polls.draft(pollId, congressId, null, draft);
    } catch (OptimisticLockingFailureException alreadyCreated) {
      // the same request, handled at the same time elsewhere: one poll
    }
  }

  public static String pollIdFor(String congressId, String requestId) {
    return DeterministicIds.of("vote-request", congressId, requestId);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array == null || array.isNull()) {
      return out;
    }
    array.forEach(n -> out.add(n.asString()));
    return out;
  }
}
