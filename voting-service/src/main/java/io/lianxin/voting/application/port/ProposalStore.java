package io.lianxin.voting.application.port;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.voting.domain.Proposal;
import java.util.List;
import java.util.Optional;

/** Proposed projects, each saved with its events in one write (as {@link PollStore}). */
public interface ProposalStore {

  Optional<Loaded<Proposal>> find(String id);

  /** Every proposal of a programme, merged ones included. */
  List<Proposal> ofProgramme(String programmeId);

  Loaded<Proposal> insert(Proposal proposal, CurrentUser actor);

  Loaded<Proposal> save(Loaded<Proposal> proposal, CurrentUser actor);
}
