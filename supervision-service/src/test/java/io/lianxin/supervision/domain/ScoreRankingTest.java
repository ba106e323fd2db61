package io.lianxin.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ranking of a score vote: given averages, when ranked, expect places, ties and talks. */
class ScoreRankingTest {

  static ScoreRanking.Scored scored(String id, double average) {
    return new ScoreRanking.Scored(id, average);
  }

  @Test
  void equalScoresShareAPlaceAndAreReportedAsTiedTheNextPlaceSkips() {
    // given
    List<ScoreRanking.Scored> scores = List.of(scored("S1", 80), scored("S2", 92.5), scored("S3", 80), scored("S4", 70));
    // when
    List<ScoreRanking.Placed> placed = ScoreRanking.rank(scores, 0);
    // expect
    assertThat(placed).containsExactly(
        new ScoreRanking.Placed("S2", 92.5, 1, false, false),
        new ScoreRanking.Placed("S1", 80, 2, true, false),
        new ScoreRanking.Placed("S3", 80, 2, true, false),
        new ScoreRanking.Placed("S4", 70, 4, false, false));
  }

  @Test
  void theLastThreePlacesAreFlaggedForATalk() {
    // given eight street units
    List<ScoreRanking.Scored> scores = List.of(scored("S1", 95), scored("S2", 91), scored("S3", 88), scored("S4", 86),
        scored("S5", 84), scored("S6", 80), scored("S7", 78), scored("S8", 60));
    // when
    List<ScoreRanking.Placed> placed = ScoreRanking.rank(scores, 3);
    // expect
    assertThat(placed.stream().filter(ScoreRanking.Placed::talk).map(ScoreRanking.Placed::subjectId))
        .containsExactly("S6", "S7", "S8");
  }

  @Test
  void aTieAtTheCutFlagsEverySubjectOfIt() {
    // given two share the third place from the bottom
    List<ScoreRanking.Scored> scores = List.of(scored("S1", 95), scored("S2", 85), scored("S3", 85), scored("S4", 70),
        scored("S5", 60));
    // when
    List<ScoreRanking.Placed> placed = ScoreRanking.rank(scores, 3);
    // expect nobody escapes the talk by a tie
    assertThat(placed.stream().filter(ScoreRanking.Placed::talk).map(ScoreRanking.Placed::subjectId))
        .containsExactly("S2", "S3", "S4", "S5");
  }

  @Test
  void theTalkCountIsConfigurable() {
    // given
    List<ScoreRanking.Scored> scores = List.of(scored("S1", 95), scored("S2", 85), scored("S3", 70));
    // when
    List<ScoreRanking.Placed> placed = ScoreRanking.rank(scores, 1);
    // expect
    assertThat(placed.stream().filter(ScoreRanking.Placed::talk).map(ScoreRanking.Placed::subjectId))
        .containsExactly("S3");
  }
}
