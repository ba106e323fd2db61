package io.lianxin.suggestion.application;

import io.lianxin.chassis.messaging.DeterministicIds;
import io.lianxin.suggestion.application.port.RegisterCopyStore;
import io.lianxin.suggestion.application.port.SuggestionStore;
import io.lianxin.suggestion.domain.RegisteredDeputy;
import io.lianxin.suggestion.domain.Suggestion;
import io.lianxin.suggestion.domain.TakenUpOpinion;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * A voter's opinion a deputy took up becomes that deputy's draft (群众意见转为代表建议草稿). Exactly
 * one draft per opinion: its id is derived from the congress and the tracking code, so a redelivered
 * event finds the draft written, and of two replicas handling it at once only one insert lands (the
 * other meets the id and writes nothing). The draft's {@code drafted} event is staged in the same
 * write, as for any draft; its actor is the service itself (the deputy acted in deputy-service).
 *
 * <p>A deputy the register copy does not hold as active still gets the draft: deputy-service checked
 * that they were on duty when they took the opinion up, and the register's own events travel on
 * other keys of the same topic, so the copy may not have caught up yet; the draft is the deputy's
 * alone until they submit it. The case is logged.
 */
@Service
public class VoterOpinionDrafts {

  private static final Logger log = LoggerFactory.getLogger(VoterOpinionDrafts.class);

  private final SuggestionStore store;
  private final RegisterCopyStore register;
  private final Clock clock;

  public VoterOpinionDrafts(SuggestionStore store, RegisterCopyStore register, Clock clock) {
    this.store = store;
    this.register = register;
    this.clock = clock;
  }

  /** The id of the draft an opinion becomes. */
  public static String draftIdOf(String congressId, String trackingCode) {
    return DeterministicIds.of("suggestion-from-voter-opinion", congressId, trackingCode);
  }

  /** Starts the deputy's draft from {@code opinion}; false when it was started before. */
  public boolean onTakenUp(TakenUpOpinion opinion) {
    String id = draftIdOf(opinion.congressId(), opinion.trackingCode());
    if (store.find(id).isPresent()) {
      return false;
    }
    RegisteredDeputy deputy = register.extract(opinion.congressId(), List.of(opinion.deputyId()), List.of())
        .deputies().get(opinion.deputyId());
    if (deputy == null || !deputy.active()) {
      log.info("voter opinion {} of {}: deputy {} is not active in the register copy; their draft {} is started anyway",
          opinion.trackingCode(), opinion.congressId(), opinion.deputyId(), id);
    }
    try {
      store.insert(Suggestion.fromVoterOpinion(id, opinion, clock.instant()), null);
      return true;
    } catch (OptimisticLockingFailureException startedMeanwhile) {
      return false; // another replica, or a redelivery handled at the same time, wrote it first
    }
  }
}
