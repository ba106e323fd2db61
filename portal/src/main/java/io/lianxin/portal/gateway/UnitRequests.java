package io.lianxin.portal.gateway;

import java.time.LocalDate;
import java.util.List;

/** What a handling unit (承办单位) sends suggestion-service about an item assigned to it. */
public final class UnitRequests {

  private UnitRequests() {}

  /** Acceptance (签收): who handles the item (承办人) and the leader answerable for it (包案领导). */
  public record Acceptance(String handlerName, String responsibleLeader) {}

  /** A contact with the deputy (三访: BEFORE 办前, DURING 办中, AFTER 办后), the day and how (走访、电话、座谈、线上). */
  public record Contact(String phase, LocalDate date, String mode, String notes) {}

  /**
   * A reply draft (拟写答复): its category (A/B/C), text, a C reply's reason, a B reply's commitments (承诺事项), and why
   * co-units that have not given their opinion are not waited for.
   */
  public record ReplyDraft(String category, String text, String reason, List<CommitmentLine> commitments,
      String missingOpinionsReason) {}

  public record CommitmentLine(String description, LocalDate dueDate) {}

  /** A deputy's rating of a reply (征询意见表). */
  public record Evaluation(String rating, String comment) {}

  /** Why the lead unit disputes its assignment (交办异议). */
  public record Dispute(String reason) {}

  /** A co-unit's opinion to the lead unit (协办意见). */
  public record CoUnitOpinion(String text) {}

  /** A commitment reported fulfilled with the evidence (承诺兑现). */
  public record Fulfilment(String evidence) {}

  /** The progress report a supervising leader's note asked for (办理进展报告). */
  public record ProgressReport(String text) {}
}
