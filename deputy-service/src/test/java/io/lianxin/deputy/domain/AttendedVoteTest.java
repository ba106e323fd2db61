package io.lianxin.deputy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttendedVoteTest {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Test
  void givenAnInPersonPollClosedWhenCountedThenEachAttendeeHasItOnceInTheYearOfTheCongressZone() {
    // closed at 00:30 on 1 January in Beijing: still 31 December in UTC
    AttendedVote vote = new AttendedVote("p1", "C", Instant.parse("2026-12-31T16:30:00Z"), List.of("D2", "D1", "D2"));

    List<RecordEntry> entries = vote.entries("e1", BEIJING);

    assertThat(entries).extracting(RecordEntry::deputyId).containsExactly("D2", "D1");
    assertThat(entries).allSatisfy(e -> {
      assertThat(e.kind()).isEqualTo(RecordKind.VOTE_ATTENDED);
      assertThat(e.itemId()).as("the poll, so a redelivery counts nothing twice").isEqualTo("poll:p1");
      assertThat(e.year()).isEqualTo(2027);
    });
  }

  @Test
  void givenAPollVotedOnlineOrAnEventWithoutAttendeesThenNobodyIsCounted() {
    assertThat(new AttendedVote("p2", "C", Instant.parse("2026-06-01T02:00:00Z"), List.of()).entries("e", BEIJING)).isEmpty();
    assertThat(new AttendedVote("p3", "C", Instant.parse("2026-06-01T02:00:00Z"), null).entries("e", BEIJING)).isEmpty();
  }
}
