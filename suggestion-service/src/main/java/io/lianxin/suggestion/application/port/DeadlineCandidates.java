package io.lianxin.suggestion.application.port;

import io.lianxin.chassis.domain.Loaded;
import io.lianxin.suggestion.domain.Suggestion;
import java.time.LocalDate;
import java.util.function.Consumer;

/** The items the deadline engine looks at: those whose next check date has come. */
public interface DeadlineCandidates {

  /** Every item whose deadlines may need attention on {@code today}, read in batches. */
  void forEachDueBy(LocalDate today, Consumer<Loaded<Suggestion>> action);

  /**
   * Saves an item the engine handled on {@code handledOn}, its events caused by the service itself;
   * its next check is not before the next day. Fails as {@link SuggestionStore#save} does.
   */
  void saveHandled(Loaded<Suggestion> loaded, LocalDate handledOn);
}
