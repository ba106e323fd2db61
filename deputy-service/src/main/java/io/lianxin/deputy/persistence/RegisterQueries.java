package io.lianxin.deputy.persistence;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The one query both registers list by: a congress's entries, optionally of one status, by id. */
final class RegisterQueries {

  private RegisterQueries() {}

  static Query inCongress(String congressId, Enum<?> status) {
    Criteria criteria = Criteria.where("congressId").is(congressId);
    if (status != null) {
      criteria = criteria.and("status").is(status.name());
    }
    return Query.query(criteria);
  }

  /**
   * The index {@link #inCongress} and {@link #page} need on real MongoDB: the congress, then the status, then the id
   * the pages are sorted by (a list without a status uses its congress prefix).
   */
  static void declareIndex(MongoTemplate mongo, String collection, String idField) {
    mongo.indexOps(collection).createIndex(new Index().on("congressId", Sort.Direction.ASC)
        .on("status", Sort.Direction.ASC).on(idField, Sort.Direction.ASC));
  }

  static Query page(Query query, String idField, int page, int size) {
    return query.with(Sort.by(idField)).skip((long) page * size).limit(size);
  }
}
