package io.lianxin.voting.application.port;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.voting.domain.Programme;
import java.util.List;
import java.util.Optional;

/** Livelihood-project programmes, each saved with its events in one write (as {@link PollStore}). */
public interface ProgrammeStore {

  Optional<Loaded<Programme>> find(String id);

  /** A page of the programmes of a congress (page from 0), latest year first. */
  List<Programme> list(String congressId, int page, int size);

  /** The congress's programme of {@code year}, if any (there is at most one). */
  Optional<Programme> ofYear(String congressId, int year);

  /** How many programmes {@link #list} pages through. */
  long count(String congressId);

  Loaded<Programme> insert(Programme programme, CurrentUser actor);

  Loaded<Programme> save(Loaded<Programme> programme, CurrentUser actor);
}
