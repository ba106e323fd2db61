package io.lianxin.deputy.persistence;

import org.springframework.data.domain.Sort;
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

  static Query page(Query query, String idField, int page, int size) {
    return query.with(Sort.by(idField)).skip((long) page * size).limit(size);
  }
}
