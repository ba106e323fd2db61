package io.lianxin.voting.application;

import java.util.List;
import java.util.Objects;

/**
 * A published poll result as a programme needs it (voting's own result-published event): the
 * programme whose plenary poll it was (null for other polls), whether it counts, and what it selected.
 */
public record PlenaryResult(String programmeId, Boolean valid, List<String> selected, List<String> tiedAtCutoff) {

  public PlenaryResult {
    Objects.requireNonNull(valid, "valid");
    selected = List.copyOf(Objects.requireNonNull(selected, "selected"));
    tiedAtCutoff = List.copyOf(Objects.requireNonNull(tiedAtCutoff, "tiedAtCutoff"));
  }
}
