package io.lianxin.deputy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of deputies' records and points, given / when / expect. */
class DeputyRecordTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Map<RecordKind, Integer> POLICY_POINTS = Map.of(RecordKind.SUGGESTION, 5, RecordKind.MOTION, 10,
      RecordKind.CO_SIGNATURE, 1, RecordKind.RECEPTION_DAY, 2, RecordKind.ANNUAL_REPORT, 5, RecordKind.TRAINING, 2,
      RecordKind.SUPERVISION_ALLOCATION, 3, RecordKind.SITE_INSPECTION, 2, RecordKind.VOTE_ATTENDED, 1);
  static final PointsPolicy POLICY = PointsPolicy.of(POLICY_POINTS, 10);

  static SubmittedItem submitted(SubmittedItem.Kind kind, String proposer, List<String> coSigners, String at) {
    return new SubmittedItem("S-1", "C", kind, proposer, coSigners, Instant.parse(at));
  }

  @Test
  void aSubmissionCountsTheProposersItemAndEachCoSignatureOnceInTheYearOfTheCongresssZone() {
    // given: submitted on 1 January 2027, 01:00 in Shanghai (still 2026 in UTC)
    SubmittedItem motion = submitted(SubmittedItem.Kind.MOTION, "D-1", List.of("D-2", "D-3", "D-2", "D-1"),
        "2026-12-31T17:00:00Z");
    // when
    List<RecordEntry> entries = motion.entries("E-1", SHANGHAI);
    // expect
    assertThat(entries).containsExactly(
        new RecordEntry("C", "D-1", RecordKind.MOTION, "S-1", 2027, "E-1"),
        new RecordEntry("C", "D-2", RecordKind.CO_SIGNATURE, "S-1", 2027, "E-1"),
        new RecordEntry("C", "D-3", RecordKind.CO_SIGNATURE, "S-1", 2027, "E-1"));
  }

  @Test
  void aSuggestionWithoutCoSignersCountsForItsProposerOnly() {
    // given
    SubmittedItem suggestion = submitted(SubmittedItem.Kind.SUGGESTION, "D-1", null, "2026-03-05T09:30:00Z");
    // when / expect
    assertThat(suggestion.entries("E-1", SHANGHAI))
        .containsExactly(new RecordEntry("C", "D-1", RecordKind.SUGGESTION, "S-1", 2026, "E-1"));
  }

  @Test
  void pointsArePointsPerKindTimesTheCountsAndBelowTheMinimumIsMarked() {
    // given
    DeputyRecord busy = DeputyRecord.of("D-1", 2026, Map.of(RecordKind.SUGGESTION, 1L, RecordKind.CO_SIGNATURE, 5L), POLICY);
    DeputyRecord justEnough = DeputyRecord.of("D-2", 2026, Map.of(RecordKind.MOTION, 1L), POLICY);
    DeputyRecord idle = DeputyRecord.of("D-3", 2026, Map.of(), POLICY);
    // when / expect
    assertThat(busy.points()).isEqualTo(5 + 5);
    assertThat(busy.pointsFor(RecordKind.CO_SIGNATURE)).isEqualTo(5);
    assertThat(busy.count(RecordKind.MOTION)).isZero();
    assertThat(busy.belowMinimum()).as("10 of a minimum of 10").isFalse();
    assertThat(justEnough.belowMinimum()).isFalse();
    assertThat(idle.points()).isZero();
    assertThat(idle.belowMinimum()).isTrue();
  }

  @Test
  void theYearEndListIsByPointsHighestFirstAndEqualPointsByDeputyId() {
    // given
    DeputyRecord a = DeputyRecord.of("D-a", 2026, Map.of(RecordKind.CO_SIGNATURE, 3L), POLICY);
    DeputyRecord b = DeputyRecord.of("D-b", 2026, Map.of(RecordKind.MOTION, 2L), POLICY);
    DeputyRecord c = DeputyRecord.of("D-c", 2026, Map.of(RecordKind.CO_SIGNATURE, 3L), POLICY);
    // when
    List<DeputyRecord> ranked = DeputyRecord.ranked(List.of(c, a, b));
    // expect
    assertThat(ranked).extracting(DeputyRecord::deputyId).containsExactly("D-b", "D-a", "D-c");
  }

  @Test
  void anotherPolicyReckonsTheSameCountsAgain() {
    // given
    PointsPolicy generous = PointsPolicy.of(Map.of(RecordKind.SUGGESTION, 8, RecordKind.MOTION, 10,
        RecordKind.CO_SIGNATURE, 2, RecordKind.RECEPTION_DAY, 3, RecordKind.ANNUAL_REPORT, 6, RecordKind.TRAINING, 1,
        RecordKind.SUPERVISION_ALLOCATION, 4, RecordKind.SITE_INSPECTION, 4, RecordKind.VOTE_ATTENDED, 2), 20);
    // when
    DeputyRecord r = DeputyRecord.of("D-1", 2026, Map.of(RecordKind.SUGGESTION, 2L, RecordKind.CO_SIGNATURE, 1L), generous);
    // expect
    assertThat(r.points()).isEqualTo(18);
    assertThat(r.belowMinimum()).isTrue();
    assertThat(r.minimumPoints()).isEqualTo(20);
  }

  @Test
  void aPolicyNamesEveryKindWithPointsAndAMinimumThatAreNotNegative() {
    // given / when / expect
    assertThatThrownBy(() -> PointsPolicy.of(Map.of(RecordKind.SUGGESTION, 5, RecordKind.MOTION, 10), 10))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("CO_SIGNATURE");
    assertThatThrownBy(() -> PointsPolicy.of(Map.of(RecordKind.SUGGESTION, 5, RecordKind.MOTION, -1,
        RecordKind.CO_SIGNATURE, 1), 10)).isInstanceOf(RuleViolationException.class).hasMessageContaining("MOTION");
    assertThatThrownBy(() -> PointsPolicy.of(Map.of(RecordKind.SUGGESTION, 5, RecordKind.MOTION, 10,
        RecordKind.CO_SIGNATURE, 1), 10)).isInstanceOf(RuleViolationException.class).hasMessageContaining("RECEPTION_DAY");
    assertThatThrownBy(() -> PointsPolicy.of(POLICY_POINTS, -1)).isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("minimum");
  }

  @Test
  void aDeputyIsOnTheYearEndListOfEachYearTheyServedIn() {
    // given
    Deputy served = Deputy.register("C", "D-1", DeputyDetails.builder("甲", LocalDate.of(2021, 1, 10))
        .termEnd(LocalDate.of(2026, 1, 9)).build());
    Deputy left = Deputy.register("C", "D-2", DeputyDetails.builder("乙", LocalDate.of(2026, 1, 10)).build());
    left.leave(DepartureReason.MOVED_AWAY, LocalDate.of(2027, 3, 1));
    // when / expect
    assertThat(List.of(served.servedIn(2020), served.servedIn(2021), served.servedIn(2026), served.servedIn(2027)))
        .containsExactly(false, true, true, false);
    assertThat(List.of(left.servedIn(2025), left.servedIn(2027), left.servedIn(2028))).containsExactly(false, true, false);
  }
}
