package io.lianxin.deputy;

import io.lianxin.deputy.domain.PointsPolicy;
import io.lianxin.deputy.domain.RecordKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The points rule of deputies' records (积分办法, {@code lianxin.deputy.points.*}); unset values take
 * the defaults here.
 *
 * @param suggestion points for a suggestion submitted as proposer (提出建议), default 5
 * @param motion points for a motion submitted as proposer (提出议案), default 10
 * @param coSignature points for a suggestion or motion co-signed (附议), default 1
 * @param receptionDay points for a reception day held with the deputy present (进站接待), default 2
 * @param annualReport points for the year's report heard by voters (年述职), default 5
 * @param training points for a training session attended (参加培训), default 2
 * @param supervisionAllocation points for an oversight activity the deputy was allocated to (列席监督活动), default 3
 * @param siteInspection points for a deputy group's site inspection taken part in (代表小组视察), default 2
 * @param voteAttended points for an in-person poll the deputy signed in at (出席表决), default 1
 * @param minimumPerYear the yearly minimum (年度最低积分); below it a deputy is named on the year-end list, default 10
 */
@Validated
@ConfigurationProperties("lianxin.deputy.points")
public record DeputyPointsProperties(
    @Min(0) @Max(1000) Integer suggestion,
    @Min(0) @Max(1000) Integer motion,
    @Min(0) @Max(1000) Integer coSignature,
    @Min(0) @Max(1000) Integer receptionDay,
    @Min(0) @Max(1000) Integer annualReport,
    @Min(0) @Max(1000) Integer training,
    @Min(0) @Max(1000) Integer supervisionAllocation,
    @Min(0) @Max(1000) Integer siteInspection,
    @Min(0) @Max(1000) Integer voteAttended,
    @Min(0) @Max(100_000) Integer minimumPerYear) {

  public DeputyPointsProperties {
    suggestion = suggestion == null ? 5 : suggestion;
    motion = motion == null ? 10 : motion;
    coSignature = coSignature == null ? 1 : coSignature;
    receptionDay = receptionDay == null ? 2 : receptionDay;
    annualReport = annualReport == null ? 5 : annualReport;
    training = training == null ? 2 : training;
    supervisionAllocation = supervisionAllocation == null ? 3 : supervisionAllocation;
    siteInspection = siteInspection == null ? 2 : siteInspection;
    voteAttended = voteAttended == null ? 1 : voteAttended;
    minimumPerYear = minimumPerYear == null ? 10 : minimumPerYear;
  }

  PointsPolicy toPolicy() {
    return PointsPolicy.of(Map.of(RecordKind.SUGGESTION, suggestion, RecordKind.MOTION, motion,
        RecordKind.CO_SIGNATURE, coSignature, RecordKind.RECEPTION_DAY, receptionDay,
        RecordKind.ANNUAL_REPORT, annualReport, RecordKind.TRAINING, training,
        RecordKind.SUPERVISION_ALLOCATION, supervisionAllocation, RecordKind.SITE_INSPECTION, siteInspection,
        RecordKind.VOTE_ATTENDED, voteAttended),
        minimumPerYear);
  }
}
