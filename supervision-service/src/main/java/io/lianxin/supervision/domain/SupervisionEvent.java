package io.lianxin.supervision.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What happens in oversight — to a review opinion (审议意见) and to a livelihood project's tracking
 * (民生实事项目督办) — one record per event type: the record's name is the type ({@code OpinionIssued}
 * → {@code lianxin.supervision.opinion-issued.v1}); messaging adds the aggregate's snapshot.
 * {@link SatisfactionVoteRequested} is the request voting-service answers, for either.
 */
public sealed interface SupervisionEvent {

  /** The audit line, zh-CN / en. */
  String summary();

  /** 审议意见交办. */
  record OpinionIssued() implements SupervisionEvent {
    public String summary() {
      return "交办审议意见 / review opinion issued";
    }
  }

  /** 审议意见公开. */
  record OpinionPublished() implements SupervisionEvent {
    public String summary() {
      return "公开审议意见 / review opinion published";
    }
  }

  /** 报送整改清单. */
  record RectificationListSubmitted(int round, int measures) implements SupervisionEvent {
    public String summary() {
      return "报送整改清单（第" + round + "轮，" + measures + "项措施） / rectification list submitted (round " + round
          + ", " + measures + " measures)";
    }
  }

  /** 整改清单退回. */
  record RectificationListRejected(int round, String reason) implements SupervisionEvent {
    public String summary() {
      return "退回整改清单：" + reason + " / rectification list rejected: " + reason;
    }
  }

  /** 整改措施进度. */
  record MeasureUpdated(String measureId, MeasureStatus measureStatus, List<Integer> problemNumbers)
      implements SupervisionEvent {
    public MeasureUpdated {
      problemNumbers = List.copyOf(problemNumbers);
    }

    public String summary() {
      return "整改措施 " + measureId + " → " + measureStatus + " / measure " + measureId + " → " + measureStatus;
    }
  }

  /** 向主任会议报告整改情况. */
  record ReportSubmitted(int round) implements SupervisionEvent {
    public String summary() {
      return "报告整改情况（第" + round + "轮） / rectification report submitted (round " + round + ")";
    }
  }

  /** 请求满意度测评: the request as voting-service reads it (no opinion snapshot). */
  record SatisfactionVoteRequested(String requestId, String congressId, String title, String subjectType,
      String subjectId, List<String> items, List<String> roll, java.time.Instant closesAt, boolean secret,
      boolean isPublic, List<String> scrutineers) implements SupervisionEvent {
    public SatisfactionVoteRequested {
      items = List.copyOf(items);
      roll = List.copyOf(roll);
      scrutineers = List.copyOf(scrutineers);
    }

    public String summary() {
      return "请求满意度测评（" + roll.size() + "名常委会组成人员） / satisfaction vote requested (" + roll.size()
          + " members)";
    }
  }

  /** 满意度测评结果: satisfied, not, or not valid (no quorum). */
  record SatisfactionVoteRecorded(String requestId, int round, long favourable, long base, boolean valid,
      boolean satisfied) implements SupervisionEvent {
    public String summary() {
      String verdict = !valid ? "无效 / not valid" : satisfied ? "满意 / satisfied" : "不满意 / unsatisfied";
      return "满意度测评：" + favourable + "/" + base + "，" + verdict + " / satisfaction vote " + favourable + "/" + base;
    }
  }

  /**
   * 撤回满意度测评: staff withdrew a vote that will not come back (cancelled in voting-service, never opened);
   * a result of it arriving later changes nothing.
   */
  record SatisfactionVoteWithdrawn(String requestId, String reason) implements SupervisionEvent {
    public String summary() {
      return "撤回满意度测评：" + reason + " / satisfaction vote withdrawn: " + reason;
    }
  }

  /** 表决取消: voting-service cancelled the poll of the vote asked for; staff may ask again. */
  record SatisfactionVoteCancelled(String requestId, String pollId, String reason) implements SupervisionEvent {
    public String summary() {
      return "满意度测评已在表决服务中取消：" + reason + " / satisfaction vote cancelled in voting-service: " + reason;
    }
  }

  /** 二次审议: a new round with its new deadlines. */
  record SecondDeliberationOrdered(int round, LocalDate listDueOn, LocalDate reportDueOn) implements SupervisionEvent {
    public String summary() {
      return "不满意，启动二次审议，整改清单 " + listDueOn + " 前报送 / unsatisfied: second deliberation, list due "
          + listDueOn;
    }
  }

  /** 追责问效: the referral recorded. */
  record AccountabilityReferred(String referredTo, String text) implements SupervisionEvent {
    public String summary() {
      return "追责问效，移交" + referredTo + " / accountability referred to " + referredTo;
    }
  }

  /** 审议意见办结. */
  record OpinionClosed(OpinionOutcome outcome) implements SupervisionEvent {
    public String summary() {
      return "审议意见办结（" + outcome + "） / review opinion closed (" + outcome + ")";
    }
  }

  /** 再次调研视察. */
  record ReinspectionOpened(LocalDate on, String purpose) implements SupervisionEvent {
    public String summary() {
      return "再次调研视察：" + purpose + " / re-inspection opened: " + purpose;
    }
  }

  /** 整改清单即将到期. */
  record RectificationListDueSoon(int round, LocalDate dueOn) implements SupervisionEvent {
    public String summary() {
      return "整改清单将于 " + dueOn + " 到期 / rectification list due on " + dueOn;
    }
  }

  /** 整改清单逾期. */
  record RectificationOverdue(int round, LocalDate dueOn) implements SupervisionEvent {
    public String summary() {
      return "整改清单逾期（应于 " + dueOn + " 前报送） / rectification list overdue (due " + dueOn + ")";
    }
  }

  /** 整改报告即将到期. */
  record ReportDueSoon(int round, LocalDate dueOn) implements SupervisionEvent {
    public String summary() {
      return "整改情况报告将于 " + dueOn + " 到期 / report due on " + dueOn;
    }
  }

  /** 整改报告逾期. */
  record ReportOverdue(int round, LocalDate dueOn) implements SupervisionEvent {
    public String summary() {
      return "整改情况报告逾期（应于 " + dueOn + " 前报告） / report overdue (due " + dueOn + ")";
    }
  }

  /** 整改措施逾期. */
  record MeasureOverdue(String measureId, String owner, LocalDate dueOn) implements SupervisionEvent {
    public String summary() {
      return "整改措施 " + measureId + " 逾期（" + owner + "，应于 " + dueOn + " 完成） / measure " + measureId
          + " overdue (due " + dueOn + ")";
    }
  }

  // livelihood-project tracking (民生实事项目督办)

  /** 督办立项: one per selected project. */
  record ProjectTrackingStarted() implements SupervisionEvent {
    public String summary() {
      return "民生实事项目督办立项 / project tracking started";
    }
  }

  /** 落实督办责任: the lead leader, the office, the department and its milestones. */
  record TrackingSetUp(int milestones) implements SupervisionEvent {
    public String summary() {
      return "明确领衔督办领导、牵头工委、责任单位和 " + milestones + " 个时间节点 / tracking set up with " + milestones
          + " milestones";
    }
  }

  /** 报告进展. */
  record MilestoneProgressReported(int milestone, boolean reached) implements SupervisionEvent {
    public String summary() {
      return "时间节点 " + milestone + " 进展" + (reached ? "（已完成）" : "") + " / milestone " + milestone + " progress"
          + (reached ? " (reached)" : "");
    }
  }

  /** 代表视察. */
  record SiteInspectionRecorded(LocalDate on, String deputyGroup, List<String> deputyIds) implements SupervisionEvent {
    public SiteInspectionRecorded {
      deputyIds = List.copyOf(deputyIds);
    }

    public String summary() {
      return deputyGroup + "视察（" + on + "） / site inspection by " + deputyGroup + " on " + on;
    }
  }

  /** 时间节点即将到期. */
  record MilestoneDueSoon(int milestone, String milestoneName, LocalDate dueOn) implements SupervisionEvent {
    public String summary() {
      return "时间节点“" + milestoneName + "”将于 " + dueOn + " 到期 / milestone due " + dueOn;
    }
  }

  /** 时间节点逾期. */
  record MilestoneOverdue(int milestone, String milestoneName, LocalDate dueOn) implements SupervisionEvent {
    public String summary() {
      return "时间节点“" + milestoneName + "”逾期（" + dueOn + "） / milestone overdue (due " + dueOn + ")";
    }
  }

  /** 人大评: the deputies' satisfaction with the project, recorded. */
  record ProjectRated(String requestId, long favourable, long base, boolean valid, boolean satisfied)
      implements SupervisionEvent {
    public String summary() {
      return "代表满意度测评：" + favourable + "/" + base + (valid ? satisfied ? "，满意" : "，不满意" : "，无效")
          + " / deputies' satisfaction " + favourable + "/" + base;
    }
  }

  // topics, the annual plan and activities (三问于前: 问需于民、年度监督计划、监督活动)

  /** 征集监督议题: a deputy, a resident or the office proposed a topic. */
  record TopicProposed(ProposerKind proposerKind) implements SupervisionEvent {
    public String summary() {
      return "提出监督议题 / supervision topic proposed";
    }
  }

  /** 合并重复议题: the supports moved to the other topic. */
  record TopicMerged(String intoTopicId, String intoTitle) implements SupervisionEvent {
    public String summary() {
      return "议题并入“" + intoTitle + "” / topic merged into \"" + intoTitle + "\"";
    }
  }

  /** 可行性论证. */
  record TopicAssessed(Feasibility feasibility, String note) implements SupervisionEvent {
    public String summary() {
      return "议题可行性：" + feasibility + " / topic assessed: " + feasibility;
    }
  }

  /** 起草年度监督计划. */
  record PlanDrafted(int items) implements SupervisionEvent {
    public String summary() {
      return "起草年度监督计划（" + items + "个项目） / annual plan drafted (" + items + " items)";
    }
  }

  /** 增加计划项目: to a draft, or after adoption with its reason (调整计划). */
  record PlanItemAdded(int itemNumber, String itemTitle, String reason) implements SupervisionEvent {
    public String summary() {
      return "增加计划项目 " + itemNumber + "“" + itemTitle + "”" + (reason == null ? "" : "：" + reason)
          + " / plan item " + itemNumber + " added" + (reason == null ? "" : ": " + reason);
    }
  }

  /** 主任会议通过年度监督计划. */
  record PlanAdopted(int items) implements SupervisionEvent {
    public String summary() {
      return "主任会议通过年度监督计划（" + items + "个项目） / annual plan adopted (" + items + " items)";
    }
  }

  /** 监督活动列入计划: one per item of the adopted plan. */
  record ActivityScheduled() implements SupervisionEvent {
    public String summary() {
      return "监督活动列入计划 / activity scheduled";
    }
  }

  /** 监督活动开始筹备. */
  record ActivityPreparationStarted() implements SupervisionEvent {
    public String summary() {
      return "监督活动开始筹备 / activity preparation started";
    }
  }

  /** 安排代表列席: the deputies who take part. */
  record DeputiesAllocated(List<String> deputyIds) implements SupervisionEvent {
    public DeputiesAllocated {
      deputyIds = List.copyOf(deputyIds);
    }

    public String summary() {
      return "安排 " + deputyIds.size() + " 名代表参加 / " + deputyIds.size() + " deputies allocated";
    }
  }

  /** 发送征求意见表: how many questions, the due day, and the deputies it went to (told). */
  record OpinionFormSent(int questionCount, LocalDate dueOn, List<String> deputyIds) implements SupervisionEvent {
    public OpinionFormSent {
      deputyIds = List.copyOf(deputyIds);
    }

    public String summary() {
      return "向 " + deputyIds.size() + " 名代表发送征求意见表（" + questionCount + " 个问题，" + dueOn + " 前反馈） / opinion "
          + "form sent to " + deputyIds.size() + " deputies, due " + dueOn;
    }
  }

  /** 代表填写征求意见表: who answered, and how many of those it went to have answered. */
  record OpinionFormAnswered(String deputyId, int answeredCount, int deputyCount) implements SupervisionEvent {
    public String summary() {
      return "代表 " + deputyId + " 反馈征求意见表（" + answeredCount + "/" + deputyCount + "） / opinion form answered by "
          + deputyId + " (" + answeredCount + " of " + deputyCount + ")";
    }
  }

  /** 征求意见表即将到期: the deputies it went to who have not answered yet, told once. */
  record OpinionFormDueSoon(LocalDate dueOn, List<String> deputyIds, int deputyCount) implements SupervisionEvent {
    public OpinionFormDueSoon {
      deputyIds = List.copyOf(deputyIds);
    }

    public String summary() {
      return "征求意见表将于 " + dueOn + " 截止，" + deputyIds.size() + "/" + deputyCount + " 名代表尚未反馈 / opinion form "
          + "due " + dueOn + ", " + deputyIds.size() + " of " + deputyCount + " deputies have not answered";
    }
  }

  /** 确定中心发言人. */
  record LeadSpeakersNamed(List<String> leadSpeakerIds) implements SupervisionEvent {
    public LeadSpeakersNamed {
      leadSpeakerIds = List.copyOf(leadSpeakerIds);
    }

    public String summary() {
      return "确定 " + leadSpeakerIds.size() + " 名中心发言人 / " + leadSpeakerIds.size() + " lead speakers named";
    }
  }

  /** 监督活动召开: attendance, site checks (明查暗访). */
  record ActivityHeld(LocalDate heldOn, int present, int siteChecks, int unannouncedChecks) implements SupervisionEvent {
    public String summary() {
      return "监督活动召开（" + heldOn + "，出席 " + present + " 人，实地检查 " + siteChecks + " 处，其中暗访 "
          + unannouncedChecks + " 处） / activity held on " + heldOn;
    }
  }

  /** 形成审议意见. */
  record ActivityOpinionIssued(String opinionId) implements SupervisionEvent {
    public String summary() {
      return "形成审议意见 / review opinion issued for the activity";
    }
  }

  /** 监督活动办结. */
  record ActivityClosed() implements SupervisionEvent {
    public String summary() {
      return "监督活动办结 / activity closed";
    }
  }

  /** 监督活动取消: the reason, and the deputies allocated (told). */
  record ActivityCancelled(String reason, List<String> deputyIds) implements SupervisionEvent {
    public ActivityCancelled {
      deputyIds = List.copyOf(deputyIds);
    }

    public String summary() {
      return "取消监督活动：" + reason + " / activity cancelled: " + reason;
    }
  }

  /** 拟定询问问题. */
  record InquiryQuestionDrafted(int questionNumber, FiveQuestion category, String answererName)
      implements SupervisionEvent {
    public String summary() {
      return "拟定询问问题 " + questionNumber + "（" + category + "），应询人 " + answererName + " / inquiry question "
          + questionNumber + " drafted (" + category + ")";
    }
  }

  /** 应询答复: the answer, follow-ups, and the commitment's due day when one was made. */
  record InquiryQuestionAnswered(int questionNumber, FiveQuestion category, String answererName, int followUps,
      LocalDate commitmentDueOn) implements SupervisionEvent {
    public String summary() {
      return "询问问题 " + questionNumber + " 已答复（追问 " + followUps + " 次）" + (commitmentDueOn == null ? ""
          : "，承诺 " + commitmentDueOn + " 前落实") + " / inquiry question " + questionNumber + " answered";
    }
  }

  /** 承诺事项逾期. */
  record CommitmentOverdue(int questionNumber, String commitment, String answererName, String answererUnitId,
      LocalDate dueOn)
      implements SupervisionEvent {
    public String summary() {
      return "询问承诺逾期（" + answererName + "，应于 " + dueOn + " 前落实） / inquiry commitment overdue (due " + dueOn
          + ")";
    }
  }

  /**
   * 询问承诺兑现: the commitment, whom it binds and who asked, its due day, the day fulfilled, whether on time,
   * and the evidence.
   */
  record InquiryCommitmentFulfilled(int questionNumber, String commitment, String answererName, String answererUnitId,
      String askedBy, LocalDate dueOn, LocalDate fulfilledOn, boolean onTime, String evidence)
      implements SupervisionEvent {
    public String summary() {
      return "询问承诺已兑现（" + answererName + "，" + fulfilledOn + (onTime ? "，按期" : "，逾期") + "） / inquiry commitment "
          + "fulfilled on " + fulfilledOn + (onTime ? " (on time)" : " (late)");
    }
  }

  // performance reviews (述职评议 / 两官履职评议)

  /** 启动述职评议: the round and its subjects. */
  record PerformanceReviewStarted(int subjects) implements SupervisionEvent {
    public String summary() {
      return "启动述职评议（" + subjects + "个评议对象） / performance review started (" + subjects + " subjects)";
    }
  }

  /** A step for one subject: 听 (report heard), 访 (interviews), 查 (case files), 改 (the opinion issued, its id). */
  record PerformanceReviewStepRecorded(String subjectId, String subjectName, ReviewStep step, String opinionId)
      implements SupervisionEvent {
    public String summary() {
      return subjectName + "：" + step.zh() + " / " + subjectId + ": " + step.en();
    }
  }

  /** 请求测评打分: the request as voting-service reads it (no review snapshot); one item per subject. */
  record ScoreVoteRequested(String requestId, String congressId, String title, String subjectType, String subjectId,
      List<String> items, List<String> roll, java.time.Instant closesAt, boolean secret, boolean isPublic,
      List<String> scrutineers) implements SupervisionEvent {
    public ScoreVoteRequested {
      items = List.copyOf(items);
      roll = List.copyOf(roll);
      scrutineers = List.copyOf(scrutineers);
    }

    public String summary() {
      return "请求测评打分（" + items.size() + "个评议对象，" + roll.size() + "名常委会组成人员） / score vote requested ("
          + items.size() + " subjects, " + roll.size() + " members)";
    }
  }

  /** 测评作废: the score vote counts for nothing — withdrawn by staff, or void without quorum; a new one may be asked. */
  record ScoreVoteVoid(String requestId, String reason) implements SupervisionEvent {
    public String summary() {
      return "测评作废：" + reason + " / score vote void: " + reason;
    }
  }

  /** One subject's result as the rated event tells it (grade null for those not graded). */
  record RatedSubject(String subjectId, String name, ReviewSubjectKind kind, String unitId, String superiorUnitId,
      double averageScore, int rank, boolean tied, CompetenceGrade grade, boolean talk) {}

  /**
   * 评议结果: the ranking (ties share a place), those flagged for a talk (后三名约谈), the commendations
   * proposed (优秀) and the subjects whose units get a rectification opinion (基本称职 / 不称职).
   */
  record PerformanceReviewRated(String requestId, String pollId, List<RatedSubject> results,
      List<String> talkSubjectIds, List<String> commendedSubjectIds, List<String> rectificationSubjectIds)
      implements SupervisionEvent {
    public PerformanceReviewRated {
      results = List.copyOf(results);
      talkSubjectIds = List.copyOf(talkSubjectIds);
      commendedSubjectIds = List.copyOf(commendedSubjectIds);
      rectificationSubjectIds = List.copyOf(rectificationSubjectIds);
    }

    public String summary() {
      return "评议结果：" + results.size() + "个对象，约谈 " + talkSubjectIds.size() + "，建议表彰 "
          + commendedSubjectIds.size() + "，整改 " + rectificationSubjectIds.size() + " / review rated: "
          + talkSubjectIds.size() + " talks, " + commendedSubjectIds.size() + " commendations, "
          + rectificationSubjectIds.size() + " rectification opinions";
    }
  }

  /** 评议办结. */
  record PerformanceReviewClosed(int talks, int commendations, int opinions) implements SupervisionEvent {
    public String summary() {
      return "述职评议办结 / performance review closed";
    }
  }
}
