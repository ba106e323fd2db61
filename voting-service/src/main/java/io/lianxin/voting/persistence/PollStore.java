package io.lianxin.voting.persistence;

import io.lianxin.voting.domain.Ballot;
import io.lianxin.voting.domain.Poll;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Polls and their ballots. A ballot is one insert under its id (the HMAC of the voter for a
 * secret poll): the unique {@code _id} is "one voter, one ballot" — no check before the insert.
 * A stored ballot holds the poll id, the answers and the receipt code; never the voter.
 */
@Repository
public class PollStore {

  static final String POLLS = "polls";
  public static final String BALLOTS = "ballots";

  private final MongoTemplate mongo;

  public PollStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public void save(Poll poll) {
    mongo.save(new PollDocument(poll.id(), poll), POLLS);
  }

  public Optional<Poll> find(String id) {
    return Optional.ofNullable(mongo.findById(id, PollDocument.class, POLLS)).map(PollDocument::poll);
  }

  /** False when this voter's ballot is already there. */
  public boolean cast(String pollId, String ballotId, Ballot ballot, String receipt) {
    try {
      mongo.insert(new Document("_id", ballotId).append("pollId", pollId).append("answers", ballot.answers())
          .append("receipt", receipt), BALLOTS);
      return true;
    } catch (DuplicateKeyException alreadyVoted) {
      return false;
    }
  }

  public List<Ballot> ballots(String pollId) {
    return mongo.find(Query.query(Criteria.where("pollId").is(pollId)), Document.class, BALLOTS).stream()
        .map(d -> {
          Document answers = d.get("answers", Document.class);
          java.util.Map<String, String> map = new java.util.HashMap<>();
          answers.forEach((k, v) -> map.put(k, String.valueOf(v)));
          return new Ballot(map);
        }).toList();
  }

  /** Stored shape of a poll. */
  public record PollDocument(String id, Poll poll) {}
}
