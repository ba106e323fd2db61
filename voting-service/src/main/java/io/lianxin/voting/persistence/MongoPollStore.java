package io.lianxin.voting.persistence;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.outbox.AggregateStore;
import io.lianxin.voting.application.port.PollStore;
import io.lianxin.voting.domain.Poll;
import io.lianxin.voting.domain.PollForBallot;
import io.lianxin.voting.messaging.VotingEventMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Polls in MongoDB: each write is the poll with its events mapped to the contract (the outbox). */
@Repository
public class MongoPollStore implements PollStore {

  private final AggregateStore aggregates;
  private final VotingRepository repository;

  public MongoPollStore(AggregateStore aggregates, VotingRepository repository) {
    this.aggregates = aggregates;
    this.repository = repository;
  }

  @Override
  public Optional<Loaded<Poll>> find(String id) {
    return repository.poll(id).map(d -> new Loaded<>(d.getPoll(), d.getVersion()));
  }

  @Override
  public Optional<PollForBallot> forBallot(String id, String voterId) {
    Optional<PollForBallot> mayVote = voterId == null ? Optional.empty() : repository.pollForVoterWhoMayVote(id, voterId);
    return mayVote.isPresent() ? mayVote : find(id).map(l -> PollForBallot.of(l.item(), voterId));
  }

  @Override
  public Optional<Poll.State> state(String id) {
    return repository.pollState(id);
  }

  @Override
  public Loaded<Poll> insert(Poll poll, CurrentUser actor) {
    return write(PollDocument.of(poll), actor);
  }

  @Override
  public Loaded<Poll> save(Loaded<Poll> loaded, CurrentUser actor) {
    PollDocument doc = PollDocument.of(loaded.item());
    doc.setVersion(loaded.version());
    return write(doc, actor);
  }

  private Loaded<Poll> write(PollDocument doc, CurrentUser actor) {
    Poll poll = doc.getPoll();
    aggregates.save(doc, VotingEventMapper.forPoll(poll, poll.takeEvents(), actor));
    return new Loaded<>(poll, doc.getVersion());
  }

  @Override
  public List<Poll> list(String congressId, Poll.State state, boolean withDrafts, String voterId, int page, int size) {
    return repository.polls(congressId, state, withDrafts, voterId, page, size).stream().map(PollDocument::getPoll)
        .toList();
  }

  @Override
  public long count(String congressId, Poll.State state, boolean withDrafts, String voterId) {
    return repository.countPolls(congressId, state, withDrafts, voterId);
  }

  @Override
  public List<OpenPolls> openPolls() {
    return repository.openPolls();
  }

  @Override
  public List<Loaded<Poll>> scheduled(Instant now, boolean allOpen) {
    return repository.scheduled(now, allOpen).stream().map(d -> new Loaded<>(d.getPoll(), d.getVersion())).toList();
  }
}
