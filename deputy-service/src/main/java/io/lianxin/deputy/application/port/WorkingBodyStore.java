package io.lianxin.deputy.application.port;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.deputy.domain.WorkingBody;
import io.lianxin.deputy.domain.WorkingBodyStatus;
import java.util.List;
import java.util.Optional;

/** Working bodies (工委) of each congress, each saved with its events in one write. */
public interface WorkingBodyStore {

  Optional<Loaded<WorkingBody>> find(String congressId, String bodyId);

  List<WorkingBody> list(String congressId, WorkingBodyStatus status, int page, int size);

  long count(String congressId, WorkingBodyStatus status);

  Loaded<WorkingBody> insert(WorkingBody body, CurrentUser actor);

  Loaded<WorkingBody> save(Loaded<WorkingBody> body, CurrentUser actor);
}
