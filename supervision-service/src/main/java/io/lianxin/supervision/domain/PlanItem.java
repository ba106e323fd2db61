package io.lianxin.supervision.domain;

import io.lianxin.chassis.domain.RuleViolationException;
import java.util.List;
import java.util.Objects;

/**
 * One item of the annual plan (监督计划项目): its number in the plan, where it comes from (a topic's
 * id for {@link PlanItemSource#TOPIC}, a note for {@link PlanItemSource#OTHER}), the activity's
 * type and title, the body overseen (a unit of the register; a law inspection may have none), the
 * planned quarter, the earlier activities it follows up (跟踪监督; at least one for
 * {@link ActivityType#FOLLOW_UP}), and the reason when it was added after adoption.
 */
public record PlanItem(int number, PlanItemSource source, String topicId, String sourceNote, ActivityType activityType,
    String title, String bodyUnitId, String bodyName, int quarter, List<String> followsUp, String addedLateReason) {

  /** An item as the office writes it, before the plan numbers it. */
  public record Draft(PlanItemSource source, String topicId, String sourceNote, ActivityType activityType, String title,
      String bodyUnitId, String bodyName, int quarter, List<String> followsUp) {
    public Draft {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(activityType, "activityType");
      Objects.requireNonNull(title, "title");
      followsUp = followsUp == null ? List.of() : List.copyOf(followsUp);
      if (source == PlanItemSource.TOPIC && topicId == null) {
        throw new RuleViolationException("topicId", "来源为议题的项目须写明议题 / an item from a topic names the topic");
      }
      if (source != PlanItemSource.TOPIC && topicId != null) {
        throw new RuleViolationException("topicId", "只有来源为议题的项目写明议题 / only an item from a topic names one");
      }
      if (source == PlanItemSource.OTHER && (sourceNote == null || sourceNote.isBlank())) {
        throw new RuleViolationException("sourceNote", "其他来源须说明 / an item of another source needs a note");
      }
      if (bodyUnitId == null && activityType != ActivityType.LAW_INSPECTION) {
        throw new RuleViolationException("bodyUnitId",
            "除执法检查外须写明被监督单位 / every item but a law inspection names the body overseen");
      }
      if (quarter < 1 || quarter > 4) {
        throw new RuleViolationException("quarter", "季度为 1 至 4 / the quarter is 1 to 4");
      }
      if (activityType == ActivityType.FOLLOW_UP && followsUp.isEmpty()) {
        throw new RuleViolationException("followsUp",
            "跟踪监督须写明所跟踪的此前活动 / a follow-up names the earlier activities it follows up");
      }
    }
  }

  public PlanItem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(activityType, "activityType");
    Objects.requireNonNull(title, "title");
    followsUp = followsUp == null ? List.of() : List.copyOf(followsUp);
  }

  static PlanItem numbered(int number, Draft d, String addedLateReason) {
    return new PlanItem(number, d.source(), d.topicId(), d.sourceNote(), d.activityType(), d.title(), d.bodyUnitId(),
        d.bodyName(), d.quarter(), d.followsUp(), addedLateReason);
  }
}
