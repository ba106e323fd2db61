package io.lianxin.voting.application.port;

import java.util.List;
import java.util.Map;

/** Supports of proposals (附议), one per person and proposal, with a counter per proposal. */
public interface SupportStore {

  /** False when this person already supports this proposal. */
  boolean support(String proposalId, String personId);

  /** Copies a merged proposal's supports to the one it was merged into (a person counts once). */
  void moveSupports(String fromProposalId, String toProposalId);

  /** Sets the counter from the supports stored. */
  long recount(String proposalId);

  /** Supports of each proposal named (those without any may be missing). */
  Map<String, Long> counts(List<String> proposalIds);
}
