package io.lianxin.voting.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.voting.domain.Proposal;
import org.springframework.data.mongodb.core.mapping.Document;

/** A proposed project as stored, with version, outbox and history. Its supports are counted apart. */
@Document(ProposalDocument.COLLECTION)
public class ProposalDocument extends AggregateDocument {

  public static final String COLLECTION = "proposals";

  private Proposal proposal;

  public static ProposalDocument of(Proposal proposal) {
    ProposalDocument doc = new ProposalDocument();
    doc.setId(proposal.id());
    doc.proposal = proposal;
    return doc;
  }

  public Proposal getProposal() {
    return proposal;
  }

  public void setProposal(Proposal proposal) {
    this.proposal = proposal;
  }
}
