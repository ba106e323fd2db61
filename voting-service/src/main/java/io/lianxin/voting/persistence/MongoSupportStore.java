package io.lianxin.voting.persistence;

import io.lianxin.voting.application.port.SupportStore;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Supports of proposals (附议): one document per (proposal, person) under that pair as its id — one
 * per person by the unique key — and a counter per proposal. The counter is raised after the
 * support is stored; a crash between the two leaves it one short until {@link #recount} (run when
 * proposals are merged and when collection ends) sets it from the supports themselves.
 */
@Repository
public class MongoSupportStore implements SupportStore {

  static final String SUPPORTS = "supports";
  static final String COUNTS = "support_counts";

  private final MongoTemplate mongo;

  public MongoSupportStore(MongoTemplate mongo) {
    this.mongo = mongo;
    mongo.indexOps(SUPPORTS).createIndex(new Index()
        .on("proposalId", Sort.Direction.ASC));
  }

  /** False when this person already supports this proposal. */
  @Override
  public boolean support(String proposalId, String personId) {
    try {
      mongo.insert(new Document("_id", proposalId + "|" + personId).append("proposalId", proposalId)
          .append("personId", personId), SUPPORTS);
    } catch (DuplicateKeyException already) {
      return false;
    }
    mongo.upsert(Query.query(Criteria.where("_id").is(proposalId)), new Update().inc("count", 1), COUNTS);
    return true;
  }

  /** Copies the supports of a merged proposal to the one it was merged into (a person counts once). */
  @Override
  public void moveSupports(String fromProposalId, String toProposalId) {
    for (Document s : mongo.find(Query.query(Criteria.where("proposalId").is(fromProposalId)), Document.class, SUPPORTS)) {
      try {
        mongo.insert(new Document("_id", toProposalId + "|" + s.getString("personId")).append("proposalId", toProposalId)
            .append("personId", s.getString("personId")), SUPPORTS);
      } catch (DuplicateKeyException alreadyThere) {
        // this person supported both: one support
      }
    }
    recount(toProposalId);
  }

  /** Sets the counter from the supports stored. */
  @Override
  public long recount(String proposalId) {
    long n = mongo.count(Query.query(Criteria.where("proposalId").is(proposalId)), SUPPORTS);
    mongo.findAndModify(Query.query(Criteria.where("_id").is(proposalId)), new Update().set("count", n),
        FindAndModifyOptions.options().upsert(true), Document.class, COUNTS);
    return n;
  }

  @Override
  public Map<String, Long> counts(List<String> proposalIds) {
    return mongo.find(Query.query(Criteria.where("_id").in(proposalIds)), Document.class, COUNTS).stream()
        .collect(Collectors.toMap(d -> d.getString("_id"), d -> ((Number) d.get("count")).longValue()));
  }
}
