package io.lianxin.suggestion.application.port;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.suggestion.domain.Suggestion;
import java.util.Optional;

/**
 * Where suggestions are kept: each save writes the item with the events it recorded (and their
 * audit lines) in one write, guarded by the version it was loaded at.
 */
public interface SuggestionStore {

  Optional<Loaded<Suggestion>> find(String id);

  /**
   * Saves the item as changed since it was loaded, with its events; {@code actor} null means the
   * service itself. Throws {@code OptimisticLockingFailureException} when someone saved it meanwhile.
   */
  Loaded<Suggestion> save(Loaded<Suggestion> loaded, CurrentUser actor);

  /** Stores a new item with its events; fails the same way when the id is taken. */
  Loaded<Suggestion> insert(Suggestion suggestion, CurrentUser actor);
}
