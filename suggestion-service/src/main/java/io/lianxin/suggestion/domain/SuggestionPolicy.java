package io.lianxin.suggestion.domain;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The configurable rules of suggestion handling (DOMAIN.md §1), with the defaults to ship.
 *
 * @param zone the congress's zone; all deadlines are dates there
 * @param motionCoSigners co-signers a motion needs, by congress level
 * @param replyMonths reply due this many calendar months after assignment
 * @param complexReplyMonths … when the item is marked complex (涉及面广、处理难度大)
 * @param disputeWorkingDays a unit may dispute an assignment within this many working days
 * @param coUnitOpinionLeadMonths co-units answer this many months before the reply is due
 * @param evaluationDays the deputies' window to rate a reply
 * @param evaluationReminderDays days into that window when they are reminded
 * @param rehandlingMonths a re-handling round is due this many months after it is ordered
 * @param maxRehandlingRounds at most this many re-handling rounds
 * @param replyDueSoonDays reminders this many days before the reply is due
 * @param overdueRepeatDays an overdue item is reported again every this many days
 * @param commitmentDueSoonDays a commitment is reminded this many days before it is due
 */
public record SuggestionPolicy(
    ZoneId zone, Map<CongressLevel, Integer> motionCoSigners, int replyMonths, int complexReplyMonths,
    int disputeWorkingDays, int coUnitOpinionLeadMonths, int evaluationDays, List<Integer> evaluationReminderDays,
    int rehandlingMonths, int maxRehandlingRounds, List<Integer> replyDueSoonDays, int overdueRepeatDays,
    int commitmentDueSoonDays) {

  /** DOMAIN.md's rules in the congress's {@code zone}; the service's settings ship the same defaults. */
  public static SuggestionPolicy defaults(ZoneId zone) {
    return new SuggestionPolicy(zone, motionCoSigners(30, 10),
        3, 6, // reply months: ordinary, complex
        5, // working days to dispute an assignment
        1, // months before the reply is due that co-units answer
        30, List.of(7, 21), // evaluation window, reminders on its days
        1, 2, // re-handling: months, rounds
        List.of(14, 3), 7, // reply reminders: days before due, overdue repeat
        14); // commitment reminder: days before due
  }

  /** Co-signers a motion needs: {@code national} at the national level, {@code other} below it. */
  public static Map<CongressLevel, Integer> motionCoSigners(int national, int other) {
    Map<CongressLevel, Integer> byLevel = new EnumMap<>(CongressLevel.class);
    for (CongressLevel level : CongressLevel.values()) {
      byLevel.put(level, level == CongressLevel.NATIONAL ? national : other);
    }
    return Map.copyOf(byLevel);
  }

  public int motionCoSignersFor(CongressLevel level) {
    return motionCoSigners.getOrDefault(level, 10);
  }
}
