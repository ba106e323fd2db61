package io.lianxin.voting.persistence;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.outbox.AggregateStore;
import io.lianxin.voting.application.port.ProposalStore;
import io.lianxin.voting.domain.Proposal;
import io.lianxin.voting.messaging.VotingEventMapper;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Proposals in MongoDB: each write is the proposal with its events mapped to the contract. */
@Repository
public class MongoProposalStore implements ProposalStore {

  private final AggregateStore aggregates;
  private final VotingRepository repository;

  public MongoProposalStore(AggregateStore aggregates, VotingRepository repository) {
    this.aggregates = aggregates;
    this.repository = repository;
  }

  @Override
  public Optional<Loaded<Proposal>> find(String id) {
    return repository.proposal(id).map(d -> new Loaded<>(d.getProposal(), d.getVersion()));
  }

  @Override
  public List<Proposal> ofProgramme(String programmeId) {
    return repository.proposals(programmeId).stream().map(ProposalDocument::getProposal).toList();
  }

  @Override
  public Loaded<Proposal> insert(Proposal proposal, CurrentUser actor) {
    return write(ProposalDocument.of(proposal), actor);
  }

  @Override
  public Loaded<Proposal> save(Loaded<Proposal> loaded, CurrentUser actor) {
    ProposalDocument doc = ProposalDocument.of(loaded.item());
    doc.setVersion(loaded.version());
    return write(doc, actor);
  }

  private Loaded<Proposal> write(ProposalDocument doc, CurrentUser actor) {
    Proposal proposal = doc.getProposal();
    aggregates.save(doc, VotingEventMapper.forProposal(proposal, proposal.takeEvents(), actor));
    return new Loaded<>(proposal, doc.getVersion());
  }
}
