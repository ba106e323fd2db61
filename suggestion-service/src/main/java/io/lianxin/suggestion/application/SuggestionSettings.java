package io.lianxin.suggestion.application;

import io.lianxin.suggestion.domain.CongressLevel;
import io.lianxin.suggestion.domain.SuggestionPolicy;
import io.lianxin.suggestion.domain.WorkingCalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lianxin.suggestion.*}: the handling rules (defaults of DOMAIN.md), the congresses'
 * levels, the holiday calendar and the deadline engine's pace.
 */
@ConfigurationProperties("lianxin.suggestion")
public record SuggestionSettings(
    String zone, Map<String, CongressLevel> congressLevels, Integer motionCoSigners, Integer motionCoSignersNational,
    Integer replyMonths, Integer complexReplyMonths, Integer disputeWorkingDays, Integer coUnitOpinionLeadMonths,
    Integer evaluationDays, List<Integer> evaluationReminderDays, Integer rehandlingMonths,
    Integer maxRehandlingRounds, List<Integer> replyDueSoonDays, Integer overdueRepeatDays,
    Integer commitmentDueSoonDays, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays,
    Duration deadlineInterval) {

  public SuggestionPolicy policy() {
    SuggestionPolicy d = SuggestionPolicy.defaults();
    int motion = or(motionCoSigners, d.motionCoSignersFor(CongressLevel.COUNTY));
    int national = or(motionCoSignersNational, d.motionCoSignersFor(CongressLevel.NATIONAL));
    return new SuggestionPolicy(zone == null ? d.zone() : ZoneId.of(zone),
        Map.of(CongressLevel.NATIONAL, national, CongressLevel.PROVINCIAL, motion, CongressLevel.CITY, motion,
            CongressLevel.COUNTY, motion, CongressLevel.TOWNSHIP, motion),
        or(replyMonths, d.replyMonths()), or(complexReplyMonths, d.complexReplyMonths()),
        or(disputeWorkingDays, d.disputeWorkingDays()), or(coUnitOpinionLeadMonths, d.coUnitOpinionLeadMonths()),
        or(evaluationDays, d.evaluationDays()),
        evaluationReminderDays == null ? d.evaluationReminderDays() : evaluationReminderDays,
        or(rehandlingMonths, d.rehandlingMonths()), or(maxRehandlingRounds, d.maxRehandlingRounds()),
        replyDueSoonDays == null ? d.replyDueSoonDays() : replyDueSoonDays,
        or(overdueRepeatDays, d.overdueRepeatDays()), or(commitmentDueSoonDays, d.commitmentDueSoonDays()));
  }

  public WorkingCalendar calendar() {
    return new WorkingCalendar(holidays == null ? Set.of() : holidays,
        makeUpWorkingDays == null ? Set.of() : makeUpWorkingDays);
  }

  /** A congress's level; county unless configured. */
  public CongressLevel levelOf(String congressId) {
    return congressLevels == null ? CongressLevel.COUNTY : congressLevels.getOrDefault(congressId, CongressLevel.COUNTY);
  }

  private static int or(Integer value, int fallback) {
    return value == null ? fallback : value;
  }
}
