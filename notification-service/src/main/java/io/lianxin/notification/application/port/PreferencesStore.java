package io.lianxin.notification.application.port;

import io.lianxin.notification.domain.Preferences;
import java.util.Optional;

/** The preferences people chose, one entry per person and congress. */
public interface PreferencesStore {

  Optional<Preferences> find(String congressId, String personId);

  /** Creates or replaces them (one write). */
  void save(Preferences preferences);
}
