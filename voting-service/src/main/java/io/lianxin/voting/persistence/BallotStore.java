package io.lianxin.voting.persistence;

import com.mongodb.client.model.ReplaceOptions;
import io.lianxin.voting.domain.BallotBox;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Ballots, one document each, under the id the poll gives the voter (the HMAC of the voter for a
 * secret poll): the unique {@code _id} is "one voter, one ballot" — one insert, no check before.
 * A stored ballot holds the poll id, the answers and the receipt code, and the voter only for a
 * named poll, and after the count a {@code counted} mark. No time is stored, and none is implied:
 * the ids are not time-ordered.
 */
@Repository
public class BallotStore {

  public static final String BALLOTS = "ballots";
  /** Set on every ballot of a poll when it is tallied; the only trace of the count on a ballot. */
  static final String COUNTED = "counted";

  private final MongoTemplate mongo;

  public BallotStore(MongoTemplate mongo) {
    this.mongo = mongo;
    mongo.indexOps(BALLOTS).createIndex(new Index()
        .on("pollId", Sort.Direction.ASC));
    mongo.indexOps(BALLOTS).createIndex(new Index().on("receipt", Sort.Direction.ASC));
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

  /**
   * Stores or replaces the voter's ballot (polls that allow re-voting: the last ballot counts);
   * false when the ballot there has been counted already (then nothing changes).
   */
  public boolean recast(String pollId, String ballotId, Map<String, String> answers, String receipt, String voterId) {
    try {
      mongo.execute(BALLOTS, collection -> collection.replaceOne(
          new Document("_id", ballotId).append(COUNTED, new Document("$ne", true)),
          ballot(pollId, ballotId, answers, receipt, voterId), new ReplaceOptions().upsert(true)));
      return true;
    } catch (DuplicateKeyException counted) {
      return false;
    }
  }

  /**
   * Takes back a ballot that arrived while its poll was closing, unless the count has taken it
   * already: true when it was removed (the voter is told the poll had closed).
   */
  public boolean withdrawIfUncounted(String ballotId) {
    return mongo.remove(Query.query(Criteria.where("_id").is(ballotId).and(COUNTED).ne(true)), BALLOTS)
        .getDeletedCount() == 1;
  }

  /** Marks every ballot of the poll as counted: the box certified is these, and only these. */
  public void markCounted(String pollId) {
    mongo.updateMulti(Query.query(Criteria.where("pollId").is(pollId)), new Update().set(COUNTED, true), BALLOTS);
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

  /** The counted ballots of a poll (the certified box), read in batches. */
  public BallotBox box(String pollId) {
    List<BallotBox.Entry> entries = new ArrayList<>();
    Query q = Query.query(Criteria.where("pollId").is(pollId).and(COUNTED).is(true)).cursorBatchSize(1000);
    try (var documents = mongo.stream(q, Document.class, BALLOTS)) {
      documents.forEach(d -> entries.add(entry(d)));
    }
    return new BallotBox(entries);
  }

  public Optional<BallotBox.Entry> byReceipt(String pollId, String receipt) {
    return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("pollId").is(pollId).and("receipt").is(receipt)
        .and(COUNTED).is(true)),
        Document.class, BALLOTS)).map(BallotStore::entry);
  }

  private static BallotBox.Entry entry(Document d) {
    Map<String, String> answers = new HashMap<>();
    d.get("answers", Document.class).forEach((k, v) -> answers.put(k, String.valueOf(v)));
    return new BallotBox.Entry(d.getString("receipt"), answers, d.getString("voterId"));
  }
}
