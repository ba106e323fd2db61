package io.lianxin.deputy.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.deputy.application.port.DeputyStore;
import io.lianxin.deputy.application.port.WorkingBodyStore;
import io.lianxin.deputy.domain.WorkingBody;
import io.lianxin.deputy.domain.WorkingBodyStatus;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The working bodies of the standing committee (工委) of the caller's congress: entered, changed, dissolved;
 * their head and members are deputies of the register. Another congress's body is not found.
 */
@Service
public class WorkingBodies {

  private final WorkingBodyStore bodies;
  private final DeputyStore deputies;

  public WorkingBodies(WorkingBodyStore bodies, DeputyStore deputies) {
    this.bodies = bodies;
    this.deputies = deputies;
  }

  /** Enters or updates a working body (PUT: the same entry twice changes nothing). */
  public WorkingBody put(CurrentUser staff, String bodyId, WorkingBody.Details details) {
    String congressId = staff.congressId();
    WorkingBody.requireFromRegister(details,
        deputies.find(congressId, details.headDeputyId()).map(Loaded::item).orElse(null),
        deputies.activeAmong(congressId, details.memberDeputyIds()));
    Optional<Loaded<WorkingBody>> existing = bodies.find(congressId, bodyId);
    if (existing.isEmpty()) {
      return bodies.insert(WorkingBody.register(congressId, bodyId, details), staff).item();
    }
    if (existing.get().item().status() == WorkingBodyStatus.ACTIVE && existing.get().item().details().equals(details)) {
      return existing.get().item(); // the same entry again: no write, no event
    }
    existing.get().item().update(details);
    return bodies.save(existing.get(), staff).item();
  }

  public WorkingBody dissolve(CurrentUser staff, String bodyId, LocalDate on) {
    Loaded<WorkingBody> body = load(staff.congressId(), bodyId);
    body.item().dissolve(on);
    return bodies.save(body, staff).item();
  }

  public WorkingBody body(CurrentUser caller, String bodyId) {
    return load(caller.congressId(), bodyId).item();
  }

  public Page<WorkingBody> list(CurrentUser caller, WorkingBodyStatus status, int page, int size) {
    return new Page<>(bodies.list(caller.congressId(), status, page, size), page, size,
        bodies.count(caller.congressId(), status));
  }

  private Loaded<WorkingBody> load(String congressId, String bodyId) {
    return bodies.find(congressId, bodyId).orElseThrow(() -> new NotFoundException("working body", bodyId));
  }
}
