package io.lianxin.supervision.persistence;

import io.lianxin.supervision.application.port.TopicSupportStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Supports of topics (附议): one document per (topic, person) under {@code <congressId>/<topicId>|<personId>}
 * — one per person by the unique key; a merge copies them under the other topic's key, where a
 * person who supported both meets their own support. Counts are counted from the documents.
 */
@Repository
public class MongoTopicSupportStore implements TopicSupportStore {

  static final String SUPPORTS = "topic_supports";

  private final MongoTemplate mongo;

  public MongoTopicSupportStore(MongoTemplate mongo) {
    this.mongo = mongo;
    mongo.indexOps(SUPPORTS).createIndex(new Index().on("congressId", Sort.Direction.ASC).on("topicId",
        Sort.Direction.ASC));
  }

  @Override
  public boolean support(String congressId, String topicId, String personId) {
    try {
      mongo.insert(new Document("_id", OpinionDocument.idOf(congressId, topicId) + "|" + personId)
          .append("congressId", congressId).append("topicId", topicId).append("personId", personId), SUPPORTS);
      return true;
    } catch (DuplicateKeyException already) {
      return false;
    }
  }

  @Override
  public void copySupports(String congressId, String fromTopicId, String toTopicId) {
    for (Document s : mongo.find(of(congressId, fromTopicId), Document.class, SUPPORTS)) {
      support(congressId, toTopicId, s.getString("personId")); // false: this person supported both, counted once
    }
  }

  @Override
  public Map<String, Long> counts(String congressId, List<String> topicIds) {
    Map<String, Long> counts = new LinkedHashMap<>();
    topicIds.forEach(id -> counts.put(id, mongo.count(of(congressId, id), SUPPORTS)));
    return counts;
  }

  private static Query of(String congressId, String topicId) {
    return Query.query(Criteria.where("congressId").is(congressId).and("topicId").is(topicId));
  }
}
