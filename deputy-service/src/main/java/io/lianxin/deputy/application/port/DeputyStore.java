package io.lianxin.deputy.application.port;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.deputy.domain.Deputy;
import io.lianxin.deputy.domain.DeputyStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Deputies, each saved with its events in one write. */
public interface DeputyStore {

  Optional<Loaded<Deputy>> find(String congressId, String deputyId);

  /** A congress's deputies by id, optionally of one status; {@code page} from 0. */
  List<Deputy> list(String congressId, DeputyStatus status, int page, int size);

  /** The active deputies of a congress who head {@code delegation} (团长). */
  List<Deputy> activeHeadsOf(String congressId, String delegation);

  /** Which of {@code deputyIds} are active deputies of the congress. */
  Set<String> activeAmong(String congressId, Collection<String> deputyIds);

  long count(String congressId, DeputyStatus status);

  Loaded<Deputy> insert(Deputy deputy, CurrentUser actor);

  Loaded<Deputy> save(Loaded<Deputy> deputy, CurrentUser actor);
}
