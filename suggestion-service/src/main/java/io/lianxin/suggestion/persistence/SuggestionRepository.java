package io.lianxin.suggestion.persistence;

import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Repository;

/** Reads suggestions; writes go through the chassis' AggregateStore (one write with the outbox). */
@Repository
public class SuggestionRepository {

  private final MongoTemplate mongo;

  public SuggestionRepository(MongoTemplate mongo) {
    this.mongo = mongo;
    var indexes = mongo.indexOps(SuggestionDocument.COLLECTION);
    indexes.createIndex(new Index().on("congressId", Sort.Direction.ASC).on("proposerDeputyId", Sort.Direction.ASC));
    indexes.createIndex(new Index().on("congressId", Sort.Direction.ASC).on("state", Sort.Direction.ASC));
  }

  public Optional<SuggestionDocument> find(String id) {
    return Optional.ofNullable(mongo.findById(id, SuggestionDocument.class));
  }
}
