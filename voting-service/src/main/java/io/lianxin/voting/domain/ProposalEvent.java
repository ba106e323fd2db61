package io.lianxin.voting.domain;

/**
 * Something that happened to a proposed project (民生实事项目建议). The record's name is the event
 * type; messaging adds the proposal's snapshot (ids, title, proposer, place, source).
 */
public sealed interface ProposalEvent {

  /** The audit line. */
  String summary();

  /**
   * The event as published: without the facts only its audit line needs (null here, and a null
   * fact is left off the wire).
   */
  default ProposalEvent published() {
    return this;
  }

  /** A resident or deputy proposed a project (提出项目); its facts are the proposal's own. */
  record ProjectProposed(String programmeId, String title, String place, Proposal.Source source, String sourceRef)
      implements ProposalEvent {
    @Override public String summary() { return "提出项目《" + title + "》"; }
  }

  /** Staff merged the proposal into another (并入); {@code intoTitle} is for the audit line only. */
  record ProposalMerged(String programmeId, String into, String intoTitle) implements ProposalEvent {
    @Override public String summary() { return "并入《" + intoTitle + "》"; }

    @Override public ProposalMerged published() { return new ProposalMerged(programmeId, into, null); }
  }
}
