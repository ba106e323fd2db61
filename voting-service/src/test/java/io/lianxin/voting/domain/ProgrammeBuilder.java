package io.lianxin.voting.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test data: a programme of 2027 with two seats, opened by staff; each call says how far it has come. */
final class ProgrammeBuilder {

  private String title = "2027年民生实事";
  private int seats = 2;
  private int candidates;
  private boolean voting;

  static ProgrammeBuilder aProgramme() {
    return new ProgrammeBuilder();
  }

  ProgrammeBuilder titled(String title) {
    this.title = title;
    return this;
  }

  ProgrammeBuilder seats(int seats) {
    this.seats = seats;
    return this;
  }

  /** Shortlisted: candidates "a", "b", "c"… (one more than the seats unless told). */
  ProgrammeBuilder shortlisted(int candidates) {
    this.candidates = candidates;
    return this;
  }

  /** Its first plenary poll, "poll-1", under way. */
  ProgrammeBuilder voting() {
    this.voting = true;
    return this;
  }

  Programme build() {
    Instant now = ProgrammeTest.NOW;
    Programme p = Programme.open("g1", ProgrammeTest.STAFF, 2027, title, seats, now.plusSeconds(86_400), now);
    if (candidates > 0) {
      List<Programme.Candidate> list = new ArrayList<>();
      for (int i = 0; i < candidates; i++) {
        list.add(ProgrammeTest.candidate(String.valueOf((char) ('a' + i))));
      }
      p.shortlist(ProgrammeTest.STAFF, list, now.plusSeconds(86_400));
    }
    if (voting) {
      p.startVoting(ProgrammeTest.STAFF, "poll-1", false);
    }
    p.takeEvents();
    return p;
  }
}
