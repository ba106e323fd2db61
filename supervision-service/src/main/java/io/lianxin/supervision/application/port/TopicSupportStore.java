package io.lianxin.supervision.application.port;

import java.util.List;
import java.util.Map;

/**
 * Supports of supervision topics (附议), one per person and topic under that pair as a unique key;
 * a topic's count is the number of its supports.
 */
public interface TopicSupportStore {

  /** False when this person supports this topic already (nothing written then). */
  boolean support(String congressId, String topicId, String personId);

  /** Copies a merged topic's supports to the topic it was merged into; a person who supported both counts once. */
  void copySupports(String congressId, String fromTopicId, String toTopicId);

  /** The supports of each topic named (every one named is in the map). */
  Map<String, Long> counts(String congressId, List<String> topicIds);
}
