package io.lianxin.deputy.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.deputy.application.port.CongressStore;
import io.lianxin.deputy.domain.Congress;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The register of congresses (人大名册; 三级人大、五级代表). One register for all: every signed-in caller reads
 * any congress (a township's admin reads its county, a county's its townships); an admin writes the entry of
 * their own congress and those of the congresses directly below it.
 */
@Service
public class Congresses {

  /** How many of a congress's children a refused change of level names. */
  private static final int CHILDREN_NAMED = 20;

  private final CongressStore congresses;
  private final Clock clock;
  private final ZoneId zone;

  public Congresses(CongressStore congresses, Clock clock, ZoneId zone) {
    this.congresses = congresses;
    this.clock = clock;
    this.zone = zone;
  }

  /** Enters or updates a congress (PUT: the same entry twice changes nothing). */
  public Congress put(CurrentUser admin, String congressId, Congress.Details details) {
    Optional<Loaded<Congress>> existing = congresses.find(congressId);
    Congress.requireWriter(admin, congressId,
        existing.map(c -> c.item().details().parentCongressId()).orElse(details.parentCongressId()));
    Congress parent = details.parentCongressId() == null ? null
        : congresses.find(details.parentCongressId()).map(Loaded::item).orElse(null);
    if (existing.isEmpty()) {
      return congresses.insert(Congress.register(congressId, details, parent), admin).item();
    }
    if (existing.get().item().details().equals(details)) {
      return existing.get().item(); // the same entry again: no write, no event
    }
    existing.get().item().update(details, parent, congresses.childrenOf(congressId, CHILDREN_NAMED));
    return congresses.save(existing.get(), admin).item();
  }

  public Congress congress(String congressId) {
    return congresses.find(congressId).map(Loaded::item).orElseThrow(() -> new NotFoundException("congress", congressId));
  }

  /** All congresses, or those directly below one. */
  public Page<Congress> list(String parentCongressId, int page, int size) {
    List<Congress> found = congresses.list(parentCongressId, page, size);
    return new Page<>(found, page, size, congresses.count(parentCongressId));
  }

  /** Today in the congress's zone (the current term is the one containing it). */
  public LocalDate today() {
    return Callers.today(clock, zone);
  }
}
