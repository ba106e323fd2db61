package io.lianxin.voting.persistence;

import com.mongodb.client.model.ReplaceOptions;
import io.lianxin.voting.application.port.BallotStore;
import io.lianxin.voting.domain.BallotBox;
import io.lianxin.voting.domain.EncryptedBox;
import io.lianxin.voting.domain.StoredBallot;
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
 * Ballots, one document each, under the id the poll gives the voter (poll | voter): the unique
 * {@code _id} is "one voter, one ballot" — one insert, no check before. A secret poll's ballot is
 * its encrypted text and receipt (the hash of that text), which nobody can read alone; a named
 * poll's holds the answers, the receipt code and the voter. After the count a {@code counted} mark.
 * No time is stored. Receipts are unique per poll: a ballot copied from another voter is refused.
 */
@Repository
public class MongoBallotStore implements BallotStore {

  public static final String BALLOTS = "ballots";
  /** Set on every ballot of a poll when it is tallied; the only trace of the count on a ballot. */
  static final String COUNTED = "counted";

  private final MongoTemplate mongo;

  private static Document document(StoredBallot b) {
    Document d = new Document("_id", b.ballotId()).append("pollId", b.pollId()).append("receipt", b.receipt());
    if (b.encrypted() != null) {
      d.append("encrypted", b.encrypted());
    } else {
      d.append("answers", new Document(b.answers())).append("voterId", b.voterId());
    }
    return d;
  }

  private static StoredBallot stored(Document d) {
    Map<String, String> answers = null;
    if (d.get("answers") instanceof Document a) {
      answers = new HashMap<>();
      for (var e : a.entrySet()) {
        answers.put(e.getKey(), String.valueOf(e.getValue()));
      }
    }
    return new StoredBallot(d.getString("pollId"), d.getString("_id"), d.getString("receipt"), d.getString("encrypted"),
        answers, d.getString("voterId"));
  }

  public MongoBallotStore(MongoTemplate mongo) {
    this.mongo = mongo;
    mongo.indexOps(BALLOTS).createIndex(new Index().on("pollId", Sort.Direction.ASC));
    mongo.indexOps(BALLOTS).createIndex(new Index().on("pollId", Sort.Direction.ASC).on("receipt", Sort.Direction.ASC)
        .unique().named("one_receipt_per_poll"));
  }

  /** Stores a first ballot; false when this voter's ballot is already there (nothing changed). */
  @Override
  public boolean cast(StoredBallot ballot) {
    try {
      mongo.insert(document(ballot), BALLOTS);
      return true;
    } catch (DuplicateKeyException duplicate) {
      requireOwnReceipt(ballot);
      return false;
    }
  }

  /**
   * Stores or replaces the voter's ballot (polls that allow re-voting: the last ballot counts);
   * false when the ballot there has been counted already (then nothing changes).
   */
  @Override
  public boolean recast(StoredBallot ballot) {
    try {
      mongo.execute(BALLOTS, collection -> collection.replaceOne(
          new Document("_id", ballot.ballotId()).append(COUNTED, new Document("$ne", true)),
          document(ballot), new ReplaceOptions().upsert(true)));
      return true;
    } catch (DuplicateKeyException duplicate) {
      requireOwnReceipt(ballot);
      return false;
    }
  }

  /** A duplicate receipt under another voter's id: someone copied a ballot of the box. */
  private void requireOwnReceipt(StoredBallot ballot) {
    Document same = mongo.findOne(Query.query(Criteria.where("pollId").is(ballot.pollId())
        .and("receipt").is(ballot.receipt())), Document.class, BALLOTS);
    if (same != null && !ballot.ballotId().equals(same.getString("_id"))) {
      throw new io.lianxin.chassis.domain.RuleViolationException("encrypted",
          "this encrypted ballot is already in the box: encrypt your own");
    }
  }

  /**
   * Takes back a ballot that arrived while its poll was closing, unless the count has taken it
   * already: true when it was removed (the voter is told the poll had closed).
   */
  @Override
  public boolean withdrawIfUncounted(String ballotId) {
    return mongo.remove(Query.query(Criteria.where("_id").is(ballotId).and(COUNTED).ne(true)), BALLOTS)
        .getDeletedCount() == 1;
  }

  /** Marks every ballot of the poll as counted: the box certified is these, and only these. */
  @Override
  public void markCounted(String pollId) {
    mongo.updateMulti(Query.query(Criteria.where("pollId").is(pollId)), new Update().set(COUNTED, true), BALLOTS);
  }

  @Override
  public long count(String pollId) {
    return mongo.count(Query.query(Criteria.where("pollId").is(pollId)), BALLOTS);
  }

  /** A named poll's counted ballots (its certified box), read in batches. */
  @Override
  public BallotBox box(String pollId) {
    List<BallotBox.Entry> entries = new ArrayList<>();
    counted(pollId).forEach(s -> entries.add(new BallotBox.Entry(s.receipt(), s.answers(), s.voterId())));
    return new BallotBox(entries);
  }

  /** A secret poll's counted ballots: receipts and encrypted texts, no voter. */
  @Override
  public EncryptedBox encryptedBox(String pollId) {
    List<EncryptedBox.Entry> entries = new ArrayList<>();
    counted(pollId).forEach(s -> entries.add(new EncryptedBox.Entry(s.receipt(), s.encrypted())));
    return new EncryptedBox(entries);
  }

  private List<StoredBallot> counted(String pollId) {
    List<StoredBallot> out = new ArrayList<>();
    Query q = Query.query(Criteria.where("pollId").is(pollId).and(COUNTED).is(true)).cursorBatchSize(1000);
    q.fields().exclude("_id").include("pollId", "receipt", "encrypted", "answers", "voterId");
    try (var documents = mongo.stream(q, Document.class, BALLOTS)) {
      documents.forEach(d -> out.add(stored(d)));
    }
    return out;
  }

  /** A counted ballot by its receipt, without the id it is stored under. */
  @Override
  public Optional<StoredBallot> byReceipt(String pollId, String receipt) {
    Query q = Query.query(Criteria.where("pollId").is(pollId).and("receipt").is(receipt).and(COUNTED).is(true));
    q.fields().exclude("_id");
    return Optional.ofNullable(mongo.findOne(q, Document.class, BALLOTS)).map(MongoBallotStore::stored);
  }
}
