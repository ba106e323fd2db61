package io.lianxin.supervision.application.port;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.supervision.domain.SupervisionTopic;
import io.lianxin.supervision.domain.TopicStatus;
import java.util.List;
import java.util.Optional;

/** Supervision topics, each saved with its events in one write (outbox). */
public interface TopicStore {

  Optional<Loaded<SupervisionTopic>> find(String congressId, String topicId);

  /** A congress's topics, newest first, of one status (null: any). */
  List<SupervisionTopic> list(String congressId, TopicStatus status, int page, int size);

  long count(String congressId, TopicStatus status);

  Loaded<SupervisionTopic> insert(SupervisionTopic topic, CurrentUser actor);

  Loaded<SupervisionTopic> save(Loaded<SupervisionTopic> topic, CurrentUser actor);
}
