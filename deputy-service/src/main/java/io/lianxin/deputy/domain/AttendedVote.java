package io.lianxin.deputy.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * {@code lianxin.voting.poll-closed.v1} as deputies' records need it (出席表决): the voters signed in at an
 * in-person poll, counted once each for the poll in the year it closed, in the congress's zone. Attendance only:
 * a poll voted online names nobody, and no event ever says how anyone voted.
 */
public record AttendedVote(String pollId, String congressId, Instant closedAt, List<String> attendees) {

  public AttendedVote {
    Objects.requireNonNull(pollId, "pollId");
    Objects.requireNonNull(congressId, "congressId");
    Objects.requireNonNull(closedAt, "closedAt");
    attendees = attendees == null ? List.of() : List.copyOf(attendees); // absent in events before 2026-12
  }

  /** One entry per attendee (the item is the poll: a redelivery or a second close event counts nothing twice). */
  public List<RecordEntry> entries(String eventId, ZoneId zone) {
    int year = closedAt.atZone(zone).getYear();
    return new LinkedHashSet<>(attendees).stream()
        .map(d -> new RecordEntry(congressId, d, RecordKind.VOTE_ATTENDED, "poll:" + pollId, year, eventId)).toList();
  }
}
