package io.lianxin.deputy.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What happens in deputies' work (代表工作) at the homes and stations and beyond, one record per event type:
 * the record's name is the type ({@code ReceptionDayHeld} → {@code lianxin.deputy.reception-day-held.v1});
 * the aggregate's snapshot (the day, the opinion, the report, the session) is added by messaging. No event
 * of a voter's opinion carries the visitor's name or contact.
 */
public sealed interface WorkEvent {

  /** The audit line, zh-CN / en. */
  String summary();

  /** 安排进站接待: the deputies on duty are in the snapshot. */
  record ReceptionDayScheduled() implements WorkEvent {
    public String summary() {
      return "安排进站接待 / reception day scheduled";
    }
  }

  /** 调整进站接待: the date, hours or deputies on duty changed; {@code changed} names the fields. */
  record ReceptionDayRescheduled(List<String> changed) implements WorkEvent {
    public ReceptionDayRescheduled {
      changed = List.copyOf(changed);
    }

    public String summary() {
      return "调整进站接待：" + String.join("、", changed) + " / reception day rescheduled: " + String.join(", ", changed);
    }
  }

  /** 进站接待已举行, with the deputies present (each has the day counted in their record). */
  record ReceptionDayHeld(List<String> deputiesPresent) implements WorkEvent {
    public ReceptionDayHeld {
      deputiesPresent = List.copyOf(deputiesPresent);
    }

    public String summary() {
      return "进站接待已举行（到场代表 " + deputiesPresent.size() + " 名） / reception day held ("
          + deputiesPresent.size() + " deputies present)";
    }
  }

  /** 收集群众意见: the opinion has its tracking code. */
  record VoterOpinionCollected() implements WorkEvent {
    public String summary() {
      return "收集群众意见 / voter's opinion collected";
    }
  }

  /** 交办: the opinion went to a handling unit of the register. */
  record VoterOpinionAssigned(String unitId, LocalDate assignedOn) implements WorkEvent {
    public String summary() {
      return "交办承办单位 " + unitId + " / assigned to unit " + unitId;
    }
  }

  /**
   * 代表领办: a deputy on duty took the opinion up as a suggestion draft; suggestion-service starts the draft
   * from it, so it carries the opinion's text (never the visitor's name or contact).
   */
  record VoterOpinionTakenUp(String deputyId, String draftTitle, String text, LocalDate takenUpOn)
      implements WorkEvent {
    public String summary() {
      return "代表 " + deputyId + " 领办 / taken up by deputy " + deputyId;
    }
  }

  /** 办理答复: the unit or the deputy answered (the answer is told with the feedback). */
  record VoterOpinionAnswered(LocalDate answeredOn) implements WorkEvent {
    public String summary() {
      return "办理答复 / answered";
    }
  }

  /** 反馈选民: the voter was told the answer, which is public from now on (as on the tracking page). */
  record VoterOpinionFedBack(FeedbackMode feedbackMode, String answer, LocalDate fedBackOn)
      implements WorkEvent {
    public String summary() {
      return "已反馈选民（" + feedbackMode + "） / fed back to the voter (" + feedbackMode + ")";
    }
  }

  /** 述职会已举行: the report was heard by this many voters (counted in the deputy's record). */
  record AnnualReportHeard(LocalDate heldOn, int attendees) implements WorkEvent {
    public String summary() {
      return "述职会已举行（出席选民 " + attendees + " 名） / annual report heard (" + attendees + " voters)";
    }
  }

  /** 测评结束: the voters' rating of the report was closed with these counts (in the order of {@link ReportRating}). */
  record AnnualReportRated(Map<ReportRating, Integer> ratings, int ratingsTotal) implements WorkEvent {
    public AnnualReportRated {
      EnumMap<ReportRating, Integer> inOrder = new EnumMap<>(ReportRating.class);
      inOrder.putAll(ratings);
      ratings = Collections.unmodifiableMap(inOrder);
    }

    public String summary() {
      return "述职测评结束（" + ratingsTotal + " 份） / annual report rated (" + ratingsTotal + " ratings)";
    }
  }

  /** 参加培训: these deputies were recorded as attending (only those new to the session). */
  record TrainingAttended(List<String> deputyIds) implements WorkEvent {
    public TrainingAttended {
      deputyIds = List.copyOf(deputyIds);
    }

    public String summary() {
      return "记录培训出席 " + deputyIds.size() + " 名 / " + deputyIds.size() + " deputies attended training";
    }
  }

  /** 双联系: a contact was logged; who, with whom, how and when are in the snapshot (voters only as a number). */
  record ContactLogged() implements WorkEvent {
    public String summary() {
      return "登记双联系 / contact logged";
    }
  }

  /**
   * 履职未达标提醒: the deputies below a yearly minimum, each with what they reached; {@code deputyIds} names each
   * once (the deputies told).
   */
  record BelowMinimumNoticed(List<MinimumNotice.Shortfall> shortfalls, List<String> deputyIds) implements WorkEvent {
    public BelowMinimumNoticed {
      shortfalls = List.copyOf(shortfalls);
      deputyIds = List.copyOf(deputyIds);
    }

    public String summary() {
      return "未达标提醒 " + deputyIds.size() + " 名代表 / " + deputyIds.size() + " deputies below a minimum";
    }
  }
}
