package io.lianxin.suggestion;

import io.lianxin.suggestion.domain.CongressLevel;
import io.lianxin.suggestion.domain.CongressLevels;
import io.lianxin.suggestion.domain.ReplyReviewScope;
import io.lianxin.suggestion.domain.ReportNames;
import io.lianxin.suggestion.domain.SuggestionPolicy;
import io.lianxin.suggestion.domain.WorkingCalendar;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code lianxin.suggestion.*}: the handling rules (defaults of DOMAIN.md), the congresses'
 * levels, the holiday calendar and the deadline engine's pace. The congress's time zone is the
 * shared {@code lianxin.zone}.
 *
 * @param congressLevels the level of each congress served (county unless named)
 * @param motionCoSigners co-signers a motion needs below the national level
 * @param motionCoSignersNational … at the national level
 * @param holidays public holidays (法定节假日), not working days
 * @param makeUpWorkingDays weekend days worked instead (调休上班)
 * @param deadlineInterval how often the deadline engine runs
 * @param names the names reports show for unit and deputy ids ({@link Names})
 * @param metersInterval how often the business meters (items by state, overdue items) are read from the database
 * @param replyReviewOff the congresses whose signed replies go to the deputies at once, without the
 *     committee's review and the leader's sign-off (答复审核); empty by default: reviewed everywhere
 */
@Validated
@ConfigurationProperties("lianxin.suggestion")
public record SuggestionSettings(
    @DefaultValue Map<String, CongressLevel> congressLevels,
    @DefaultValue("10") @Min(0) int motionCoSigners,
    @DefaultValue("30") @Min(0) int motionCoSignersNational,
    @DefaultValue("3") @Min(1) int replyMonths,
    @DefaultValue("6") @Min(1) int complexReplyMonths,
    @DefaultValue("5") @Min(1) int disputeWorkingDays,
    @DefaultValue("1") @Min(0) int coUnitOpinionLeadMonths,
    @DefaultValue("30") @Min(1) int evaluationDays,
    @DefaultValue({"7", "21"}) @NotNull List<@NotNull @Min(1) Integer> evaluationReminderDays,
    @DefaultValue("1") @Min(1) int rehandlingMonths,
    @DefaultValue("2") @Min(0) int maxRehandlingRounds,
    @DefaultValue({"14", "3"}) @NotEmpty List<@NotNull @Min(0) Integer> replyDueSoonDays,
    @DefaultValue("7") @Min(1) int overdueRepeatDays,
    @DefaultValue("14") @Min(0) int commitmentDueSoonDays,
    @DefaultValue Set<LocalDate> holidays,
    @DefaultValue Set<LocalDate> makeUpWorkingDays,
    @DefaultValue("5m") @NotNull Duration deadlineInterval,
    @DefaultValue @NotNull @Valid Names names,
    @DefaultValue("1m") @NotNull Duration metersInterval,
    @DefaultValue Set<@NotBlank String> replyReviewOff) {

  /**
   * {@code lianxin.suggestion.names.*}: the names of the units and deputies that items name by id,
   * for the statistics export (the service has no directory of its own). An id not listed shows as
   * itself. Keys with capitals or dashes go in brackets:
   * {@code lianxin.suggestion.names.units[U-qingshan-housing]=青山县住房和城乡建设局}.
   *
   * @param units unit id → unit name (承办单位名称)
   * @param deputies deputy id → deputy name (代表姓名)
   */
  public record Names(@DefaultValue Map<String, @NotBlank String> units,
      @DefaultValue Map<String, @NotBlank String> deputies) {}

  /** The rules of handling in the congress's {@code zone}. */
  public SuggestionPolicy policy(ZoneId zone) {
    return new SuggestionPolicy(zone, SuggestionPolicy.motionCoSigners(motionCoSignersNational, motionCoSigners),
        replyMonths, complexReplyMonths, disputeWorkingDays, coUnitOpinionLeadMonths, evaluationDays,
        List.copyOf(evaluationReminderDays), rehandlingMonths, maxRehandlingRounds, List.copyOf(replyDueSoonDays),
        overdueRepeatDays, commitmentDueSoonDays);
  }

  public WorkingCalendar calendar() {
    return new WorkingCalendar(holidays, makeUpWorkingDays);
  }

  public ReportNames reportNames() {
    return new ReportNames(names.units(), names.deputies());
  }

  public ReplyReviewScope replyReview() {
    return new ReplyReviewScope(replyReviewOff);
  }

  public CongressLevels levels() {
    return new CongressLevels(congressLevels);
  }
}
