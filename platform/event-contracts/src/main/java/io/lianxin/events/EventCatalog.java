package io.lianxin.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every event type the system publishes (事件目录). Adding a type means adding a schema and an example. */
public final class EventCatalog {

  private static final Map<String, EventType> BY_NAME = new LinkedHashMap<>();

  /** Events of suggestion-service (topic lianxin.suggestion.events). */
  private static final List<EventType> SUGGESTION = List.of(
      type("drafted", "A deputy started a draft (起草)."),
      type("edited", "The proposer edited the draft (修改草稿)."),
      type("co-signature-confirmed", "A deputy confirmed co-signing (联名确认)."),
      type("submitted", "A deputy submitted a suggestion or motion (代表提交建议)."),
      type("withdrawn", "The proposer withdrew it (撤回)."),
      type("returned", "Staff returned it to the deputy with reasons (退回修改)."),
      type("registered", "Staff registered it (立案)."),
      type("not-registered", "Staff declined registration or merged it into another item (不予立案/合并)."),
      type("assigned", "Staff assigned it to a lead unit and co-units (交办)."),
      type("assignment-disputed", "The lead unit disputed the assignment (交办异议)."),
      type("reassigned", "Staff reassigned a disputed item (重新交办)."),
      type("marked-key", "Staff marked it a key suggestion with its supervising leader (重点督办)."),
      type("supervision-note-added", "The supervising leader added a note (督办意见)."),
      type("working-group-set", "Staff set a key item's working group of deputies (设立督办专班/调研组)."),
      type("inspection-recorded", "A deputy of the key item's working group recorded inspection findings (视察/调研发现)."),
      type("progress-report-requested", "The supervising leader's note requested a progress report from the lead unit by a due date (要求报告办理进展)."),
      type("progress-report-submitted", "The lead unit submitted the progress report a supervision note requested (报告办理进展)."),
      type("direct-channel-sent", "Staff sent it by direct channel to party/government leaders (直通车)."),
      type("instruction-recorded", "The leaders' instruction was recorded (批示)."),
      type("handling-started", "The lead unit accepted it and named handler and responsible leader (开始办理)."),
      type("contact-logged", "A contact with the deputy was logged (三访)."),
      type("co-unit-opinion-submitted", "A co-unit sent its opinion to the lead unit (协办意见)."),
      type("reply-drafted", "The handler drafted the reply (拟写答复)."),
      type("reply-signed", "The unit head signed the reply; it waits for the committee's review (答复已签发，待审核)."),
      type("reply-reviewed", "The office approved the signed reply; it waits for the leader's sign-off (审核通过，待分管主任审定)."),
      type("reply-sent-back", "The office or the leader sent the signed reply back to the unit with the reason (答复退回承办单位)."),
      type("replied", "The reply was sent to the deputies: signed, and where the committee reviews replies reviewed and signed off (答复)."),
      type("evaluated", "A deputy rated the reply (征询意见)."),
      type("rehandling-ordered", "Staff ordered re-handling (再作研究办理)."),
      type("closed", "The item was closed (办结)."),
      type("marked-not-public", "Staff withheld it from publication (不予公开)."),
      type("published", "The item and its replies were published (公开)."),
      type("commitment-fulfilled", "The lead unit reported a commitment fulfilled (承诺兑现)."),
      type("commitment-overdue", "A commitment passed its due date unfulfilled (承诺逾期)."),
      type("look-back-opened", "Staff opened a look-back on a closed item (回头看)."),
      type("reply-due-soon", "The reply is due soon (答复即将到期)."),
      type("reply-overdue", "The reply is overdue; repeated weekly (答复逾期)."),
      type("evaluation-due-soon", "Deputies are reminded to rate the reply (评价提醒)."),
      type("co-unit-opinion-due", "A co-unit's opinion is due (协办意见到期)."),
      type("commitment-due-soon", "A commitment is due soon (承诺即将到期)."),
      type("motion-placed-on-agenda", "The presidium or the chair's council placed a motion on the agenda and handed it to a special committee (列入议程)."),
      type("motion-deliberated", "A motion's deliberation by the special committee and its outcome were recorded (审议结果)."),
      type("motion-converted", "The presidium or the chair's council converted a motion to a suggestion with its own number (转为建议)."),
      type("converted-from-motion", "A suggestion was made from a converted motion, registered and linked back to it (由议案转为建议).")
);

  /** Events of notification-service (topic lianxin.notification.events). */
  private static final List<EventType> NOTIFICATION = List.of(
      register(new EventType("lianxin.notification.delivery-failed.v1", Topics.NOTIFICATION,
          "A delivery failed for good (permanent failure, or retries used up) (投递失败).")));

  /** Events of voting-service (topic lianxin.voting.events); schemas and examples from tools/voting-schemas.py. */
  private static final List<EventType> VOTING = List.of(
      voting("poll-created", "Staff (or a request from another service) drafted a poll (拟定表决)."),
      voting("poll-opened", "A poll opened; its roll is fixed (开始投票)."),
      voting("turnout-changed", "Those present or the ballots cast changed; throttled (到会/投票人数)."),
      voting("scrutineers-assigned", "Staff named a secret poll's scrutineers and how many decrypt together (确定监票人)."),
      voting("key-ceremony-step", "A scrutineer did a step of the key ceremony: commitments, shares or confirmation (密钥生成)."),
      voting("poll-key-ready", "The scrutineers' key is ready; the secret poll may open (监票人密钥已生成)."),
      voting("key-ceremony-failed", "A scrutineer found a share that did not match: the ceremony starts again (密钥生成失败)."),
      voting("poll-closed", "A poll closed (结束投票)."),
      voting("decryption-requested", "A secret poll's box was fixed and summed: the scrutineers are asked to decrypt (请监票人解密)."),
      voting("decryption-share-given", "A scrutineer gave its decryption shares of the sums, with proofs (监票人解密)."),
      voting("paper-tally-entered", "Staff entered counts from paper ballots or voting devices (录入纸质票/表决器计票)."),
      voting("poll-tallied", "The poll was counted and its result certified with the box digest (计票)."),
      voting("result-published", "The certified result was published (公布结果)."),
      voting("poll-cancelled", "A poll was cancelled with its reason (取消表决)."),
      voting("programme-opened", "A livelihood-project programme opened for proposals (征集民生实事项目)."),
      voting("project-proposed", "A project was proposed (群众提)."),
      voting("proposal-merged", "Staff merged a duplicate proposal into another (合并重复项目)."),
      voting("programme-shortlisted", "The shortlist of candidate projects was set (审议论证, 差额)."),
      voting("programme-voting-started", "The deputies' vote on the shortlist was created (代表票决)."),
      voting("livelihood-projects-selected", "The selected livelihood projects (代表定)."));

  /**
   * Events of supervision-service (topic lianxin.supervision.events): review opinions through the
   * two lists, and the requests voting-service answers.
   */
  private static final List<EventType> SUPERVISION = List.of(
      supervision("opinion-issued", "A review opinion was issued to a body with its problem list (交办审议意见及问题清单); the subject is `<congressId>/<opinionId>`."),
      supervision("opinion-published", "A review opinion was published with its lists and progress (审议意见公开)."),
      supervision("rectification-list-submitted", "The body submitted its rectification list covering every problem (报送整改清单)."),
      supervision("rectification-list-rejected", "The office sent the rectification list back with its reason (退回整改清单)."),
      supervision("measure-updated", "A rectification measure progressed: IN_PROGRESS, or DONE with evidence (整改进度)."),
      supervision("report-submitted", "The body reported on the rectification to the chair's council (向主任会议报告整改情况)."),
      supervision("satisfaction-vote-requested", "Supervision asks for a satisfaction vote (满意度测评) on a report, reply set or project."),
      supervision("score-vote-requested", "Supervision asks for a score vote (述职评议/民主测评)."),
      supervision("satisfaction-vote-withdrawn", "Staff withdrew a satisfaction vote that will not come back (撤回满意度测评); a later result of it changes nothing."),
      supervision("satisfaction-vote-cancelled", "voting-service cancelled the poll of a satisfaction vote an opinion or tracking waited for (表决取消), with voting's reason; staff may ask again, a later result of it changes nothing."),
      supervision("satisfaction-vote-recorded", "The standing committee's satisfaction vote on the report was read back: satisfied, unsatisfied or not valid (满意度测评结果)."),
      supervision("second-deliberation-ordered", "Found unsatisfactory: a second round (二次审议) with new deadlines."),
      supervision("accountability-referred", "After a second unsatisfactory vote the accountability referral was recorded (追责问效)."),
      supervision("opinion-closed", "A review opinion closed: satisfied, or referred for accountability (审议意见办结)."),
      supervision("reinspection-opened", "A re-inspection was opened on an opinion before closing (再次调研视察)."),
      supervision("rectification-list-due-soon", "The rectification list is due soon (整改清单即将到期)."),
      supervision("rectification-overdue", "The rectification list is overdue (整改清单逾期)."),
      supervision("report-due-soon", "The report to the chair's council is due soon (整改报告即将到期)."),
      supervision("report-overdue", "The report to the chair's council is overdue (整改报告逾期)."),
      supervision("measure-overdue", "A rectification measure is past its due day and not done (整改措施逾期)."),
      supervision("project-tracking-started", "A selected livelihood project's tracking started (民生实事项目督办立项); the subject is `<congressId>/<trackingId>`."),
      supervision("tracking-set-up", "The office set a project's tracking up: lead leader, committee office, responsible department, milestones (落实督办责任)."),
      supervision("milestone-progress-reported", "The responsible department reported progress on a milestone (报告进展)."),
      supervision("site-inspection-recorded", "A deputy group's site inspection of a project was recorded (代表小组视察)."),
      supervision("milestone-due-soon", "A project's milestone is due soon (时间节点即将到期)."),
      supervision("milestone-overdue", "A project's milestone is past its due day and not reached (时间节点逾期)."),
      supervision("project-rated", "The deputies' year-end satisfaction vote on a project was read back (人大评)."),
      supervision("topic-proposed", "A supervision topic was proposed by a deputy, a resident or the office (征集监督议题, 问需于民)."),
      supervision("topic-merged", "A duplicate topic was merged into another; its supports moved there, a person counted once (合并议题)."),
      supervision("topic-assessed", "The office recorded its feasibility note on a topic (可行性论证)."),
      supervision("plan-drafted", "The office drafted the year's supervision plan with its items (起草年度监督计划)."),
      supervision("plan-item-added", "An item was added to the plan: to a draft, or after adoption with its reason (调整年度监督计划)."),
      supervision("plan-adopted", "The chair's council adopted the year's supervision plan (主任会议通过年度监督计划); one activity per item is scheduled."),
      supervision("activity-scheduled", "An oversight activity was scheduled from an item of the adopted plan (监督活动列入计划); its id is `<planYear>-<itemNumber>`."),
      supervision("activity-preparation-started", "Preparation of an oversight activity began (监督活动筹备)."),
      supervision("deputies-allocated", "Deputies were allocated to take part in an oversight activity (安排代表列席)."),
      supervision("lead-speakers-named", "The 3 to 4 lead speakers of an activity were named, members of the standing committee (确定中心发言人)."),
      supervision("activity-held", "An oversight activity was held: attendance, findings and site checks, unannounced ones counted (监督活动召开, 明查暗访)."),
      supervision("activity-opinion-issued", "The review opinion of an activity was issued; it goes on through the two lists (形成审议意见)."),
      supervision("activity-closed", "An oversight activity was closed (监督活动办结)."),
      supervision("activity-cancelled", "An oversight activity was cancelled with its reason (取消监督活动); the deputies allocated are named."),
      supervision("inquiry-question-drafted", "A question of a thematic inquiry was drafted with its 五问 category and answerer (拟定询问问题)."),
      supervision("inquiry-question-answered", "A question of a thematic inquiry was answered, with its follow-ups (追问) and a commitment's due day when one was made (应询答复)."),
      supervision("commitment-overdue", "A commitment made in an inquiry's answer is past its due day (询问承诺逾期)."),
      supervision("inquiry-commitment-fulfilled", "A commitment made in an inquiry's answer was recorded as fulfilled with its evidence and day, on time or late (询问承诺兑现); no overdue reminder follows."),
      supervision("opinion-form-sent", "The opinion form (征求意见表) of an activity in preparation was sent to the deputies allocated, with its due day; `deputyIds` are told."),
      supervision("opinion-form-answered", "A deputy answered an activity's opinion form, once (代表反馈征求意见表), with how many of those it went to have answered."),
      supervision("opinion-form-due-soon", "An activity's opinion form is due soon (征求意见表即将到期); `deputyIds` are those it went to who have not answered (told), once per form."),
      // performance reviews (述职评议 / 两官评议); the score vote is asked by score-vote-requested
      supervision("performance-review-started", "A performance review round was started over its subjects (启动述职评议/两官评议); the subject is `<congressId>/<reviewId>`."),
      supervision("performance-review-step-recorded", "A step of a performance review for one subject: report heard (听), interviews and comment forms (访), case files sampled (查), or the rectification opinion issued to its unit (改, with the opinion's id)."),
      supervision("score-vote-void", "A performance review's score vote counts for nothing: withdrawn by staff (it will not come back) or without quorum (测评作废); a new one may be asked, a later result of it changes nothing."),
      supervision("performance-review-rated", "A performance review's score vote was read back (评议结果): ranked by average score (equal scores share a place), the last places flagged for a talk (后三名约谈), judges and prosecutors graded 优秀/称职/基本称职/不称职, commendations proposed, rectification opinions due; for the party committee and the subjects' superiors."),
      supervision("performance-review-closed", "A performance review round was closed, every rectification opinion issued (评议办结)."));

  /** Events of deputy-service (topic lianxin.deputy.events): the register the other services keep copies of. */
  private static final List<EventType> DEPUTY = List.of(
      deputy("deputy-registered", "A deputy was entered in the register (代表登记); the subject is `<congressId>/<deputyId>`."),
      deputy("deputy-updated", "A deputy's entry changed (代表信息变更); `changed` names the fields."),
      deputy("deputy-left", "A deputy left: term ended, resigned, moved, died, recalled or disqualified (代表资格终止)."),
      deputy("unit-registered", "A handling unit was entered in the register (承办单位登记); the subject is `<congressId>/<unitId>`."),
      deputy("unit-updated", "A handling unit's entry changed (承办单位变更); `changed` names the fields."),
      deputy("unit-left", "A handling unit was dissolved or merged away (承办单位撤销)."),
      deputy("station-registered", "A home or station was registered (代表之家/代表联络站/联络室设立); the subject is `<congressId>/<stationId>`."),
      deputy("station-updated", "A home or station changed: its details or the deputies attached (代表之家/站变更); `changed` names the fields."),
      deputy("station-closed", "A home or station was closed (代表之家/站撤销)."),
      deputy("congress-registered", "A congress was entered in the register (人大登记: level, parent one level up, terms); the subject is `<congressId>`."),
      deputy("congress-updated", "A congress's entry changed (人大信息变更: name, level, parent or terms); `changed` names the fields."),
      deputy("working-body-registered", "A working body of the standing committee was entered (设立工委: kind, head, members); the subject is `<congressId>/<bodyId>`."),
      deputy("working-body-updated", "A working body's entry changed (工委变更); `changed` names the fields."),
      deputy("working-body-dissolved", "A working body was dissolved (撤销工委)."),
      // deputy work (代表工作)
      deputy("voter-opinion-taken-up", "A deputy on duty took a voter's opinion up as a suggestion draft (代表领办); suggestion-service starts the draft."),
      deputy("reception-day-scheduled", "A reception day was scheduled at a home or station with the deputies on duty (安排进站接待); the subject is `<congressId>/<dayId>`."),
      deputy("reception-day-rescheduled", "A reception day not yet held changed (调整进站接待); `changed` names the fields."),
      deputy("reception-day-held", "A reception day was held with the deputies present (进站接待已举行); each has it counted in their record."),
      deputy("voter-opinion-collected", "A voter's opinion was collected and given its tracking code (收集群众意见); the subject is `<congressId>/<trackingCode>`."),
      deputy("voter-opinion-assigned", "A voter's opinion was assigned to a handling unit (交办)."),
      deputy("voter-opinion-answered", "A voter's opinion was answered (办理答复)."),
      deputy("voter-opinion-fed-back", "A voter was told the answer to their opinion (反馈选民); the answer is public from now on."),
      deputy("annual-report-heard", "A deputy's annual report was heard by voters (年述职); the subject is `<congressId>/<deputyId>/<year>`."),
      deputy("annual-report-rated", "The voters' rating of a deputy's annual report was closed (述职测评结束), with the counts."),
      deputy("training-attended", "Deputies were recorded as attending a training session (参加代表培训); the subject is `<congressId>/<sessionId>`."),
      deputy("contact-logged", "A contact of the two links was logged (双联系): a standing-committee member with a deputy, or a deputy with voters."),
      deputy("below-minimum-noticed", "The deputies below a yearly minimum (points, the two links) were named, once per year and day (履职未达标提醒)."));

  public static final EventType SUGGESTION_SUBMITTED = find("lianxin.suggestion.submitted.v1").orElseThrow();
  public static final EventType DELIVERY_FAILED = find("lianxin.notification.delivery-failed.v1").orElseThrow();

  private static EventType type(String slug, String description) {
    return register(new EventType("lianxin.suggestion." + slug + ".v1", Topics.SUGGESTION, description));
  }

  private static EventType voting(String slug, String description) {
    return register(new EventType("lianxin.voting." + slug + ".v1", Topics.VOTING, description));
  }

  private static EventType supervision(String slug, String description) {
    return register(new EventType("lianxin.supervision." + slug + ".v1", Topics.SUPERVISION, description));
  }

  private static EventType deputy(String slug, String description) {
    return register(new EventType("lianxin.deputy." + slug + ".v1", Topics.DEPUTY, description));
  }

  private static EventType register(EventType type) {
    BY_NAME.put(type.name(), type);
    return type;
  }

  private EventCatalog() {}

  public static List<EventType> all() {
    return List.copyOf(BY_NAME.values());
  }

  public static Optional<EventType> find(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }
}
