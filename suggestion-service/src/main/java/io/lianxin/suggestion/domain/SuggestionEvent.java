package io.lianxin.suggestion.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Something that happened to a suggestion (办理过程中的事件). The record's name is the event type
 * ({@code ReplyDueSoon} publishes as {@code lianxin.suggestion.reply-due-soon.v1}); its components
 * are the facts particular to it. Every event also carries the item's snapshot (ids, number,
 * title) — messaging adds that. {@link #summary()} is the line of the audit trail.
 */
public sealed interface SuggestionEvent {

  /** The audit line (办理过程记录), zh-CN / en. */
  String summary();

  /** A deputy started a draft (起草). */
  record Drafted(Session session) implements SuggestionEvent {
    @Override public String summary() { return "起草 / drafted"; }
  }

  /** The proposer edited the draft (修改草稿). */
  record Edited() implements SuggestionEvent {
    @Override public String summary() { return "修改草稿 / draft edited"; }
  }

  /** A deputy asked to co-sign confirmed (联名确认). */
  record CoSignatureConfirmed(String deputyId) implements SuggestionEvent {
    @Override public String summary() { return "联名确认 / co-signature confirmed"; }
  }

  /** The proposer submitted it (提交). */
  record Submitted(Session session, Instant submittedAt) implements SuggestionEvent {
    @Override public String summary() { return "提交 / submitted"; }
  }

  /** The proposer withdrew it (撤回); the reason is optional. */
  record Withdrawn(String reason) implements SuggestionEvent {
    @Override public String summary() { return "撤回 / withdrawn"; }
  }

  /** Staff returned it to the deputy (退回修改). */
  record Returned(String reason) implements SuggestionEvent {
    @Override public String summary() { return "退回修改 / returned to the deputy"; }
  }

  /** Staff registered it (立案). */
  record Registered(SuggestionCategory category, List<String> linkedIds) implements SuggestionEvent {
    public Registered {
      linkedIds = List.copyOf(linkedIds);
    }

    @Override public String summary() { return "立案 / registered"; }
  }

  /**
   * Staff declined to register it (不予立案), or merged it into another item (合并办理: {@code
   * mergedInto}, the target's id, and {@code mergedIntoNumber}, the number its deputies are told).
   */
  record NotRegistered(String reason, String mergedInto, String mergedIntoNumber) implements SuggestionEvent {
    @Override public String summary() {
      return mergedInto == null ? "不予立案 / not registered" : "合并办理 / merged";
    }
  }

  /**
   * The presidium or the chair's council ({@code decidedBy}) placed the motion on the agenda and
   * handed it to a special committee (列入议程，交专门委员会审议).
   */
  record MotionPlacedOnAgenda(MotionBody decidedBy, String committee, String note) implements SuggestionEvent {
    @Override public String summary() { return "列入议程 / placed on the agenda"; }
  }

  /** The special committee's deliberation of the motion and its outcome were recorded (审议结果). */
  record MotionDeliberated(String committee, MotionResult result, String note) implements SuggestionEvent {
    @Override public String summary() { return "审议结果 / deliberation recorded"; }
  }

  /**
   * The presidium or the chair's council converted the motion to a suggestion (转为建议): the new
   * item's id and number.
   */
  record MotionConverted(MotionBody decidedBy, String suggestionId, String suggestionNumber, String note)
      implements SuggestionEvent {
    @Override public String summary() { return "转为建议 / converted to suggestion " + suggestionNumber; }
  }

  /** This suggestion was made from a converted motion (由议案转为建议): the motion's id and number. */
  record ConvertedFromMotion(String motionId, String motionNumber) implements SuggestionEvent {
    @Override public String summary() { return "由议案 " + motionNumber + " 转为建议 / converted from motion " + motionNumber; }
  }

  /** Staff assigned it (交办). */
  record Assigned(String leadUnitId, List<String> coUnitIds, boolean complex, LocalDate replyDueDate)
      implements SuggestionEvent {
    public Assigned {
      coUnitIds = List.copyOf(coUnitIds);
    }

    @Override public String summary() { return "交办 / assigned"; }
  }

  /** The lead unit disputed the assignment (交办异议). */
  record AssignmentDisputed(String reason, String leadUnitId) implements SuggestionEvent {
    @Override public String summary() { return "交办异议 / assignment disputed"; }
  }

  /** Staff reassigned a disputed item (重新交办). */
  record Reassigned(String leadUnitId, List<String> coUnitIds, boolean complex, LocalDate replyDueDate,
      String previousLeadUnitId) implements SuggestionEvent {
    public Reassigned {
      coUnitIds = List.copyOf(coUnitIds);
    }

    @Override public String summary() { return "重新交办 / reassigned"; }
  }

  /** Staff marked it a key suggestion (重点督办). */
  record MarkedKey(String leaderId) implements SuggestionEvent {
    @Override public String summary() { return "重点督办 / marked key"; }
  }

  /** The supervising leader added a note (督办意见). */
  record SupervisionNoteAdded(String leaderId, boolean progressReportRequested) implements SuggestionEvent {
    @Override public String summary() { return "督办意见 / supervision note"; }
  }

  /**
   * A key item's working group of deputies (重点督办专班/调研组) was set by staff: the whole group, and
   * the deputies named in it by this change.
   */
  record WorkingGroupSet(List<String> workingGroupDeputyIds, List<String> addedDeputyIds) implements SuggestionEvent {
    public WorkingGroupSet {
      workingGroupDeputyIds = List.copyOf(workingGroupDeputyIds);
      addedDeputyIds = List.copyOf(addedDeputyIds);
    }

    @Override public String summary() { return "设立督办专班 / working group set"; }
  }

  /** A deputy of the working group recorded inspection findings (视察/调研发现), numbered from 1. */
  record InspectionRecorded(int inspectionNumber, String deputyId, LocalDate inspectedOn) implements SuggestionEvent {
    @Override public String summary() {
      return "视察/调研发现（" + inspectedOn + "）/ inspection findings of " + inspectedOn + " recorded";
    }
  }

  /** The supervising leader's note {@code noteNumber} requested a progress report from the lead unit (要求报告办理进展). */
  record ProgressReportRequested(int noteNumber, String leaderId, LocalDate reportDueDate) implements SuggestionEvent {
    @Override public String summary() { return "要求报告办理进展 / progress report requested"; }
  }

  /** The lead unit submitted the progress report note {@code noteNumber} requested (报告办理进展); {@code late} after its due date. */
  record ProgressReportSubmitted(int noteNumber, String unitId, LocalDate reportDueDate, boolean late)
      implements SuggestionEvent {
    @Override public String summary() { return "报告办理进展 / progress report submitted"; }
  }

  /**
   * Staff sent it by the direct channel (直通车) to units of the register ({@code directChannelUnitIds},
   * the party committee's and government's offices); {@code recipients} are their names.
   */
  record DirectChannelSent(List<String> recipients, List<String> directChannelUnitIds) implements SuggestionEvent {
    public DirectChannelSent {
      recipients = List.copyOf(recipients);
      directChannelUnitIds = List.copyOf(directChannelUnitIds);
    }

    @Override public String summary() { return "直通车报送 / sent by direct channel"; }
  }

  /** Staff recorded the leaders' instruction (领导批示). */
  record InstructionRecorded(String by) implements SuggestionEvent {
    @Override public String summary() { return "领导批示 / instruction recorded"; }
  }

  /** The lead unit accepted it and started handling (开始办理). */
  record HandlingStarted(String handlerName, String responsibleLeader) implements SuggestionEvent {
    @Override public String summary() { return "开始办理 / handling started"; }
  }

  /**
   * A contact with the deputy was logged by the lead unit (联系代表, {@code contactNumber} from 1),
   * or the proposing deputy answered that entry ({@code deputyResponse}: confirmed, or disputed with
   * {@code disputeReason}); {@code confirmedByDeputy} is true for a confirmation.
   */
  record ContactLogged(ContactPhase phase, ContactMode mode, LocalDate date, boolean confirmedByDeputy,
      Integer contactNumber, ContactResponse deputyResponse, String disputeReason) implements SuggestionEvent {
    @Override public String summary() {
      if (deputyResponse == null) {
        return "联系代表 / contact logged";
      }
      return deputyResponse == ContactResponse.CONFIRMED
          ? "代表确认联系记录 / the deputy confirmed contact " + contactNumber
          : "代表对联系记录有异议 / the deputy disputed contact " + contactNumber;
    }
  }

  /** A co-unit gave its opinion (协办意见). */
  record CoUnitOpinionSubmitted(String coUnitId, int round) implements SuggestionEvent {
    @Override public String summary() { return "协办意见 / co-unit opinion"; }
  }

  /** The handler drafted the reply (拟写答复). */
  record ReplyDrafted(ReplyCategory replyCategory, int commitmentCount) implements SuggestionEvent {
    @Override public String summary() { return "拟写答复 / reply drafted"; }
  }

  /**
   * The unit head signed the reply; it waits for the committee's review before it goes to the
   * deputies (答复已签发，待审核). {@code onTime}: signed by the reply's due date.
   */
  record ReplySigned(int round, ReplyCategory replyCategory, boolean onTime) implements SuggestionEvent {
    @Override public String summary() { return "答复签发，待审核 / reply signed, awaiting review"; }
  }

  /** The office approved the signed reply; it waits for the leader's sign-off (审核通过，待分管主任审定). */
  record ReplyReviewed(int round) implements SuggestionEvent {
    @Override public String summary() { return "答复审核通过，待审定 / reply reviewed, awaiting sign-off"; }
  }

  /**
   * The office ({@code stage} OFFICE_REVIEW) or the leader (LEADER_SIGN_OFF) sent the signed reply
   * back to the unit with the reason (答复退回); {@code sentBackBy} is who decided.
   */
  record ReplySentBack(int round, ReviewStage stage, String reason, String sentBackBy) implements SuggestionEvent {
    @Override public String summary() { return "答复退回承办单位 / reply sent back to the unit"; }
  }

  /**
   * The reply went to the deputies (答复): signed by the unit head and, where the committee reviews
   * replies, reviewed by the office and signed off by a leader.
   */
  record Replied(int round, ReplyCategory replyCategory, boolean onTime, LocalDate evaluationDueDate,
      List<Promise> commitments) implements SuggestionEvent {
    public Replied {
      commitments = List.copyOf(commitments);
    }

    @Override public String summary() { return "答复 / replied"; }
  }

  /** A commitment made in a reply, as {@link Replied} lists it. */
  record Promise(String id, String description, LocalDate dueDate) {
    static Promise of(Commitment c) {
      return new Promise(c.id(), c.description(), c.dueDate());
    }
  }

  /** A deputy rated the reply (评价答复). */
  record Evaluated(String deputyId, Rating rating, int round, boolean byProposer) implements SuggestionEvent {
    @Override public String summary() { return "评价答复 / evaluated"; }
  }

  /** Staff ordered re-handling (再作研究办理). */
  record RehandlingOrdered(int round, String leadUnitId, LocalDate replyDueDate) implements SuggestionEvent {
    @Override public String summary() { return "再作研究办理 / re-handling ordered"; }
  }

  /** The item closed (办结). */
  record Closed(Outcome outcome, int round) implements SuggestionEvent {
    @Override public String summary() { return "办结 / closed"; }
  }

  /** Staff withheld it from publication (不予公开). */
  record MarkedNotPublic(String reason) implements SuggestionEvent {
    @Override public String summary() { return "不予公开 / not public"; }
  }

  /**
   * Staff published it (公开): {@code redacted} when the public text differs from the item's own,
   * {@code personalDataConfirmed} when staff confirmed likely personal data found in it, and the
   * title as published.
   */
  record Published(Instant publishedAt, boolean redacted, boolean personalDataConfirmed, String publicTitle)
      implements SuggestionEvent {
    @Override public String summary() { return "公开 / published"; }
  }

  /** The lead unit reported a commitment fulfilled (承诺兑现); {@code late} when it had turned overdue. */
  record CommitmentFulfilled(String commitmentId, LocalDate dueDate, boolean late) implements SuggestionEvent {
    @Override public String summary() { return "承诺兑现 / commitment fulfilled"; }
  }

  /** A commitment passed its due date unfulfilled (承诺逾期). */
  record CommitmentOverdue(String commitmentId, LocalDate dueDate, String description) implements SuggestionEvent {
    @Override public String summary() { return "承诺逾期 / commitment overdue"; }
  }

  /** Staff opened a look-back (回头看); the note is optional. */
  record LookBackOpened(String note) implements SuggestionEvent {
    @Override public String summary() { return "回头看 / look-back opened"; }
  }

  /** The reply is due soon (答复即将到期). */
  record ReplyDueSoon(LocalDate replyDueDate, long daysLeft, int round) implements SuggestionEvent {
    @Override public String summary() { return "答复即将到期 / reply due soon"; }
  }

  /** The reply is overdue (答复逾期); repeated. */
  record ReplyOverdue(LocalDate replyDueDate, long daysOverdue, int round) implements SuggestionEvent {
    @Override public String summary() { return "答复逾期 / reply overdue"; }
  }

  /** The deputies are reminded to rate the reply (请评价答复). */
  record EvaluationDueSoon(LocalDate evaluationDueDate, List<String> pendingDeputyIds) implements SuggestionEvent {
    public EvaluationDueSoon {
      pendingDeputyIds = List.copyOf(pendingDeputyIds);
    }

    @Override public String summary() { return "请评价答复 / please rate the reply"; }
  }

  /** A co-unit's opinion is due (协办意见到期). */
  record CoUnitOpinionDue(String coUnitId, LocalDate opinionDueDate) implements SuggestionEvent {
    @Override public String summary() { return "协办意见到期 / co-unit opinion due"; }
  }

  /** A commitment is due soon (承诺即将到期). */
  record CommitmentDueSoon(String commitmentId, LocalDate dueDate, String description) implements SuggestionEvent {
    @Override public String summary() { return "承诺即将到期 / commitment due soon"; }
  }
}
