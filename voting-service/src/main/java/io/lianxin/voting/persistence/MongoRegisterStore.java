package io.lianxin.voting.persistence;

import io.lianxin.voting.application.port.RegisterStore;
import io.lianxin.voting.domain.RegisteredDeputy;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The copy of the register in MongoDB ({@value RegisterEntryDocument#COLLECTION}): a first entry is
 * an insert (a second insert of the same deputy fails on the key), a later one a replace guarded
 * by the sequence it was decided against.
 */
@Repository
public class MongoRegisterStore implements RegisterStore {

  private final MongoTemplate mongo;

  public MongoRegisterStore(MongoTemplate mongo) {
    this.mongo = mongo;
    mongo.indexOps(RegisterEntryDocument.COLLECTION).createIndex(new Index().on("deputy.congressId", Sort.Direction.ASC));
  }

  @Override
  public Optional<RegisteredDeputy> find(String congressId, String deputyId) {
    return Optional.ofNullable(mongo.findById(RegisterEntryDocument.idOf(congressId, deputyId), RegisterEntryDocument.class))
        .map(RegisterEntryDocument::getDeputy);
  }

  @Override
  public List<RegisteredDeputy> ofCongress(String congressId) {
    return entries(Query.query(Criteria.where("deputy.congressId").is(congressId)).cursorBatchSize(1000));
  }

  @Override
  public List<RegisteredDeputy> find(String congressId, Collection<String> deputyIds) {
    List<String> ids = deputyIds.stream().map(d -> RegisterEntryDocument.idOf(congressId, d)).toList();
    return entries(Query.query(Criteria.where("_id").in(ids)));
  }

  private List<RegisteredDeputy> entries(Query query) {
    return mongo.find(query, RegisterEntryDocument.class).stream().map(RegisterEntryDocument::getDeputy).toList();
  }

  @Override
  public boolean replace(RegisteredDeputy entry, String expectedSequence) {
    RegisterEntryDocument doc = RegisterEntryDocument.of(entry);
    if (expectedSequence == null) {
      try {
        mongo.insert(doc);
        return true;
      } catch (DuplicateKeyException writtenMeanwhile) {
        return false;
      }
    }
    Query stillAsRead = Query.query(Criteria.where("_id").is(doc.getId()).and("deputy.sequence").is(expectedSequence));
    return mongo.updateFirst(stillAsRead, Update.update("deputy", entry), RegisterEntryDocument.class)
        .getMatchedCount() == 1;
  }
}
