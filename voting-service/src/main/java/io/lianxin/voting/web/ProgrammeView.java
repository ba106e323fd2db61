package io.lianxin.voting.web;

import io.lianxin.voting.domain.Programme;
import java.time.Instant;
import java.util.List;

/** A programme as everyone sees it (programmes are public). */
public record ProgrammeView(String id, String congressId, int year, String title, int seats, String phase,
    Instant collectingUntil, List<Programme.Candidate> candidates, String pollId, List<Programme.Candidate> selected,
    List<String> tiedAtCutoff) {

  static ProgrammeView of(Programme p) {
    return new ProgrammeView(p.id(), p.congressId(), p.year(), p.title(), p.seats(), p.phase().name(),
        p.collectingUntil(), p.candidates(), p.pollId(), p.selected(), p.tiedAtCutoff());
  }
}
