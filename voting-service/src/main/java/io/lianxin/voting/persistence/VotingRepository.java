package io.lianxin.voting.persistence;

import io.lianxin.voting.application.port.PollStore;
import io.lianxin.voting.domain.Poll;
import io.lianxin.voting.domain.PollForBallot;
import io.lianxin.voting.domain.PollKind;
import io.lianxin.voting.domain.PollSpec;
import io.lianxin.voting.domain.crypto.Group;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Reads polls, programmes and proposals; writes go through the chassis' AggregateStore. */
@Repository
public class VotingRepository {

  private final MongoTemplate mongo;

  public VotingRepository(MongoTemplate mongo) {
    this.mongo = mongo;
    mongo.indexOps(PollDocument.COLLECTION).createIndex(new Index().on("poll.state", Sort.Direction.ASC));
    mongo.indexOps(PollDocument.COLLECTION).createIndex(new Index().on("poll.congressId", Sort.Direction.ASC));
    mongo.indexOps(ProposalDocument.COLLECTION).createIndex(new Index().on("proposal.programmeId", Sort.Direction.ASC));
    // one programme per congress and year: a second insert racing the first fails on this key
    mongo.indexOps(ProgrammeDocument.COLLECTION).createIndex(new Index().on("programme.congressId", Sort.Direction.ASC)
        .on("programme.year", Sort.Direction.ASC).unique().named("one_programme_per_congress_and_year"));
  }

  public Optional<PollDocument> poll(String id) {
    return Optional.ofNullable(mongo.findById(id, PollDocument.class));
  }

  /**
   * The poll as a ballot of {@code voterId} reads it, if the voter is on its roll and, in person,
   * signed in: one document by {@code _id} (the index serves it on MongoDB; the roll and attendance
   * are only matched on that document), with the rules, state and key and without roll,
   * attendance, history and outbox. Empty when there is no such poll or the voter may not vote.
   */
  public Optional<PollForBallot> pollForVoterWhoMayVote(String id, String voterId) {
    Query q = Query.query(Criteria.where("_id").is(id).and("poll.roll").is(voterId)
        .orOperator(Criteria.where("poll.inPerson").ne(true), Criteria.where("poll.attendance").is(voterId)));
    q.fields().include("poll.congressId", "poll.kind", "poll.state", "poll.secret", "poll.allowRevote",
        "poll.inPerson", "poll.spec", "poll.scrutineerKey.publicKey");
    Document found = mongo.findOne(q, Document.class, PollDocument.COLLECTION);
    if (found == null) {
      return Optional.empty();
    }
    Document poll = found.get("poll", Document.class);
    Document key = poll.get("scrutineerKey", Document.class);
    String publicKey = key == null ? null : key.getString("publicKey");
    boolean inPerson = Boolean.TRUE.equals(poll.getBoolean("inPerson"));
    return Optional.of(new PollForBallot(id, poll.getString("congressId"), PollKind.valueOf(poll.getString("kind")),
        Poll.State.valueOf(poll.getString("state")), Boolean.TRUE.equals(poll.getBoolean("secret")),
        Boolean.TRUE.equals(poll.getBoolean("allowRevote")), inPerson,
        mongo.getConverter().read(PollSpec.class, poll.get("spec", Document.class)),
        publicKey == null ? null : Group.point(publicKey), true, inPerson));
  }

  /** The state of a poll only (a small read). */
  public Optional<Poll.State> pollState(String id) {
    Query q = Query.query(Criteria.where("_id").is(id));
    q.fields().include("poll.state");
    return Optional.ofNullable(mongo.findOne(q, Document.class, PollDocument.COLLECTION))
        .map(d -> Poll.State.valueOf(d.get("poll", Document.class).getString("state")));
  }

  /**
   * Polls of a congress, newest first, without outbox and history, roll, attendance and roll by kind (a list roll's
   * ids are as many as the roll's, and a LIST roll without them cannot be read: the whole roll by kind is left out, so
   * a listed poll has none); drafts only if {@code withDrafts}.
   */
  public List<PollDocument> polls(String congressId, Poll.State state, boolean withDrafts, String voterId, int page,
      int size) {
    if (state == Poll.State.DRAFT && !withDrafts) {
      return List.of();
    }
    Query q = Query.query(pollsOf(congressId, state, withDrafts, voterId)).with(Sort.by(Sort.Direction.DESC, "poll.createdAt"))
        .skip((long) page * size).limit(size);
    q.fields().exclude("outbox", "history", "poll.roll", "poll.attendance", "poll.rollOf");
    return mongo.find(q, PollDocument.class);
  }

  /** How many polls {@link #polls} pages through. */
  public long countPolls(String congressId, Poll.State state, boolean withDrafts, String voterId) {
    if (state == Poll.State.DRAFT && !withDrafts) {
      return 0;
    }
    return mongo.count(Query.query(pollsOf(congressId, state, withDrafts, voterId)), PollDocument.COLLECTION);
  }

  /** Open polls counted by congress and kind. */
  public List<PollStore.OpenPolls> openPolls() {
    Aggregation count = Aggregation.newAggregation(Aggregation.match(Criteria.where("poll.state").is(Poll.State.OPEN)),
        Aggregation.project().and("poll.congressId").as("congressId").and("poll.kind").as("kind"),
        Aggregation.group("congressId", "kind").count().as("polls"));
    return mongo.aggregate(count, PollDocument.COLLECTION, Document.class).getMappedResults().stream()
        .map(d -> {
          Document id = d.get("_id", Document.class);
          return new PollStore.OpenPolls(id.getString("congressId"), PollKind.valueOf(id.getString("kind")),
              ((Number) d.get("polls")).longValue());
        }).toList();
  }

  private static Criteria pollsOf(String congressId, Poll.State state, boolean withDrafts, String voterId) {
    Criteria c = Criteria.where("poll.congressId").is(congressId);
    if (voterId != null) {
      c = c.and("poll.roll").is(voterId); // the roll is an array of voter ids: matches when it holds this one
    }
    if (state != null) {
      return c.and("poll.state").is(state);
    }
    return withDrafts ? c : c.and("poll.state").ne(Poll.State.DRAFT);
  }

  /**
   * Polls the scheduler has to move: drafts due to open, open ones due to close — and, when
   * {@code allOpen}, every open one (to report turnout).
   */
  public List<PollDocument> scheduled(Instant now, boolean allOpen) {
    Criteria open = Criteria.where("poll.state").is(Poll.State.OPEN);
    if (!allOpen) {
      open = open.and("poll.closesAt").lte(now);
    }
    Criteria due = new Criteria().orOperator(
        Criteria.where("poll.state").is(Poll.State.DRAFT).and("poll.opensAt").lte(now), open);
    return new ArrayList<>(mongo.find(Query.query(due).cursorBatchSize(100), PollDocument.class));
  }

  public Optional<ProgrammeDocument> programme(String id) {
    return Optional.ofNullable(mongo.findById(id, ProgrammeDocument.class));
  }

  /** A page of the programmes of a congress, latest year first (then newest id, for a stable order). */
  public List<ProgrammeDocument> programmes(String congressId, int page, int size) {
    Query q = Query.query(programmesOf(congressId))
        .with(Sort.by(Sort.Order.desc("programme.year"), Sort.Order.asc("_id"))).skip((long) page * size).limit(size);
    q.fields().exclude("outbox", "history");
    return mongo.find(q, ProgrammeDocument.class);
  }

  public Optional<ProgrammeDocument> programmeOfYear(String congressId, int year) {
    Query q = Query.query(programmesOf(congressId).and("programme.year").is(year));
    q.fields().exclude("outbox", "history");
    return Optional.ofNullable(mongo.findOne(q, ProgrammeDocument.class));
  }

  /** How many programmes {@link #programmes} pages through. */
  public long countProgrammes(String congressId) {
    return mongo.count(Query.query(programmesOf(congressId)), ProgrammeDocument.COLLECTION);
  }

  private static Criteria programmesOf(String congressId) {
    return Criteria.where("programme.congressId").is(congressId);
  }

  public Optional<ProposalDocument> proposal(String id) {
    return Optional.ofNullable(mongo.findById(id, ProposalDocument.class));
  }

  public List<ProposalDocument> proposals(String programmeId) {
    Query q = Query.query(Criteria.where("proposal.programmeId").is(programmeId)).cursorBatchSize(500);
    q.fields().exclude("outbox", "history");
    return mongo.find(q, ProposalDocument.class);
  }
}
