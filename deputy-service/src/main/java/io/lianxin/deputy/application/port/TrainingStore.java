package io.lianxin.deputy.application.port;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.deputy.domain.TrainingSession;
import java.util.List;
import java.util.Optional;

/** Training sessions (代表培训), each one write with the events it caused (the outbox). */
public interface TrainingStore {

  Optional<Loaded<TrainingSession>> find(String congressId, String sessionId);

  /** A congress's sessions dated in a year, by date and id; at most {@code limit}. */
  List<TrainingSession> inYear(String congressId, int year, int limit);

  Loaded<TrainingSession> insert(TrainingSession session, CurrentUser actor);

  Loaded<TrainingSession> save(Loaded<TrainingSession> session, CurrentUser actor);
}
