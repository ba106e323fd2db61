package io.lianxin.voting.persistence;

import io.lianxin.voting.domain.BallotBox;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Ballots, one document each, under the id the poll gives the voter (the HMAC of the voter for a
 * secret poll): the unique {@code _id} is "one voter, one ballot" — one insert, no check before.
 * A stored ballot holds the poll id, the answers and the receipt code, and the voter only for a
 * named poll. No time is stored, and none is implied: the ids are not time-ordered.
 */
@Repository
public class BallotStore {

  public static final String BALLOTS = "ballots";

  private final MongoTemplate mongo;

  public BallotStore(MongoTemplate mongo) {
    this.mongo = mongo;
    mongo.indexOps(BALLOTS).createIndex(new org.springframework.data.mongodb.core.index.Index()
        .on("pollId", org.springframework.data.domain.Sort.Direction.ASC));
    mongo.indexOps(BALLOTS).createIndex(new Index().on("receipt", org.springframework.data.domain.Sort.Direction.ASC));
  }

  /** Stores a first ballot; false when this voter's ballot is already there (nothing changed). */
  public boolean cast(String pollId, String ballotId, Map<String, String> answers, String receipt, String voterId) {
    try {
      mongo.insert(ballot(pollId, ballotId, answers, receipt, voterId), BALLOTS);
      return true;
    } catch (DuplicateKeyException alreadyVoted) {
      return false;
    }
  }

  /** Stores or replaces the voter's ballot (polls that allow re-voting: the last ballot counts). */
  public void recast(String pollId, String ballotId, Map<String, String> answers, String receipt, String voterId) {
    mongo.save(ballot(pollId, ballotId, answers, receipt, voterId), BALLOTS);
  }

  private static Document ballot(String pollId, String ballotId, Map<String, String> answers, String receipt,
      String voterId) {
    Document d = new Document("_id", ballotId).append("pollId", pollId).append("answers", new Document(answers))
        .append("receipt", receipt);
    if (voterId != null) {
      d.append("voterId", voterId);
    }
    return d;
  }

  public long count(String pollId) {
    return mongo.count(Query.query(Criteria.where("pollId").is(pollId)), BALLOTS);
  }

  /** The whole box of a poll, read in batches. */
  public BallotBox box(String pollId) {
    List<BallotBox.Entry> entries = new ArrayList<>();
    Query q = Query.query(Criteria.where("pollId").is(pollId)).cursorBatchSize(1000);
    try (var documents = mongo.stream(q, Document.class, BALLOTS)) {
      documents.forEach(d -> entries.add(entry(d)));
    }
    return new BallotBox(entries);
  }

  public Optional<BallotBox.Entry> byReceipt(String pollId, String receipt) {
    return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("pollId").is(pollId).and("receipt").is(receipt)),
        Document.class, BALLOTS)).map(BallotStore::entry);
  }

  private static BallotBox.Entry entry(Document d) {
    Map<String, String> answers = new HashMap<>();
    d.get("answers", Document.class).forEach((k, v) -> answers.put(k, String.valueOf(v)));
    return new BallotBox.Entry(d.getString("receipt"), answers, d.getString("voterId"));
  }
}
