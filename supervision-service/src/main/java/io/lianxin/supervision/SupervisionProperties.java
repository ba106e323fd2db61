package io.lianxin.supervision;

import io.lianxin.supervision.domain.ParticipationMinimums;
import io.lianxin.supervision.domain.PerformanceReviewPolicy;
import io.lianxin.supervision.domain.SupervisionPolicy;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code lianxin.supervision.*}: the two-lists rules (DOMAIN.md §3), the deadline engine's pace and the
 * yearly participation minimums of the activity reports, the score bands and talks of performance reviews.
 *
 * @param listWithin the rectification list is due this long after issue or a second deliberation (15 days)
 * @param reportWithin the report to the chair's council is due this long after (3 months)
 * @param dueSoonBefore "due soon" reminders this long before a due day
 * @param satisfiedPercentAbove satisfied when satisfied + basically satisfied votes are more than this share of the valid votes
 * @param deadlineInterval how often the deadline engine runs
 * @param allocationMinimumPerYear every deputy takes part in at least this many activities a year (2)
 * @param leadSpeakerMinimumPerYear every standing-committee member is a lead speaker at least this often a year (3)
 * @param reviewExcellentFrom a judge or prosecutor with at least this average score is graded 优秀 (90)
 * @param reviewCompetentFrom … 称职 from this score (75)
 * @param reviewBasicallyCompetentFrom … 基本称职 from this score (60), 不称职 below
 * @param reviewTalkCount the last this many places of a performance review are flagged for a talk (后三名约谈, 3)
 */
@Validated
@ConfigurationProperties("lianxin.supervision")
public record SupervisionProperties(
    @DefaultValue("P15D") @NotNull Period listWithin,
    @DefaultValue("P3M") @NotNull Period reportWithin,
    @DefaultValue("P3D") @NotNull Period dueSoonBefore,
    @DefaultValue("50") @Min(0) @Max(99) int satisfiedPercentAbove,
    @DefaultValue("5m") @NotNull Duration deadlineInterval,
    @DefaultValue("2") @Min(0) @Max(50) int allocationMinimumPerYear,
    @DefaultValue("3") @Min(0) @Max(50) int leadSpeakerMinimumPerYear,
    @DefaultValue("90") @Min(0) @Max(100) int reviewExcellentFrom,
    @DefaultValue("75") @Min(0) @Max(100) int reviewCompetentFrom,
    @DefaultValue("60") @Min(0) @Max(100) int reviewBasicallyCompetentFrom,
    @DefaultValue("3") @Min(0) @Max(100) int reviewTalkCount) {

  PerformanceReviewPolicy performanceReviewPolicy() {
    return new PerformanceReviewPolicy(reviewExcellentFrom, reviewCompetentFrom, reviewBasicallyCompetentFrom,
        reviewTalkCount);
  }

  ParticipationMinimums participationMinimums() {
    return new ParticipationMinimums(allocationMinimumPerYear, leadSpeakerMinimumPerYear);
  }

  SupervisionPolicy toPolicy(ZoneId zone) {
    return new SupervisionPolicy(listWithin, reportWithin, dueSoonBefore, satisfiedPercentAbove, zone);
  }
}
