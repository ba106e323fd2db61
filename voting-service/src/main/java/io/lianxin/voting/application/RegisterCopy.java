package io.lianxin.voting.application;

import io.lianxin.voting.application.port.RegisterStore;
import io.lianxin.voting.domain.RegisteredDeputy;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Keeps voting-service's copy of the register (代表名册副本) from deputy-service's deputy events:
 * each event's entry replaces the stored one only if it is later in that deputy's sequence, so an
 * event delivered again, or an older one arriving after a newer, changes nothing (ADR 0017).
 */
@Service
public class RegisterCopy {

  static final int ATTEMPTS = 5;

  private final RegisterStore store;

  public RegisterCopy(RegisterStore store) {
    this.store = store;
  }

  /** True when the copy changed. */
  public boolean onDeputyEvent(RegisteredDeputy entry) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<RegisteredDeputy> stored = store.find(entry.congressId(), entry.deputyId());
      if (!entry.supersedes(stored.orElse(null))) {
        return false;
      }
      if (store.replace(entry, stored.map(RegisteredDeputy::sequence).orElse(null))) {
        return true;
      }
      // another event of this deputy was written meanwhile: decide again against it
    }
    throw new IllegalStateException("the register entry of " + entry.deputyId() + " kept changing; retried");
  }
}
