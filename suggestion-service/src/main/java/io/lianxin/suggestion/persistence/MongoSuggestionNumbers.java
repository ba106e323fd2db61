package io.lianxin.suggestion.persistence;

import io.lianxin.suggestion.application.port.SuggestionNumbers;
import io.lianxin.suggestion.domain.SuggestionKind;
import io.lianxin.suggestion.domain.SuggestionNumber;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Gap-free numbers per congress, kind and year (编号). One counter document per series holds the
 * ids of the items in number order; an item's number is its position. Reserving is one atomic
 * {@code $push} guarded by "not yet in the list", so a retried submit gets the same number and
 * two concurrent submits get consecutive ones.
 */
@Repository
public class MongoSuggestionNumbers implements SuggestionNumbers {

  static final String COLLECTION = "suggestion_numbers";

  private final MongoTemplate mongo;

  public MongoSuggestionNumbers(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public SuggestionNumber reserve(String congressId, SuggestionKind kind, int year, String suggestionId) {
    String series = congressId + "|" + kind + "|" + year;
    Document counter = mongo.findById(series, Document.class, COLLECTION);
    if (counter == null || !counter.getList("items", String.class).contains(suggestionId)) {
      try {
        counter = mongo.findAndModify(
            Query.query(Criteria.where("_id").is(series).and("items").ne(suggestionId)),
            new Update().push("items", suggestionId),
            FindAndModifyOptions.options().returnNew(true).upsert(true),
            Document.class, COLLECTION);
      } catch (DuplicateKeyException alreadyThere) {
        counter = null; // a concurrent retry pushed it: the upsert met the existing series
      }
      if (counter == null) {
        counter = mongo.findById(series, Document.class, COLLECTION);
      }
    }
    List<String> items = counter.getList("items", String.class);
    return new SuggestionNumber(year, kind, items.indexOf(suggestionId) + 1);
  }
}
