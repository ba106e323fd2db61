package io.lianxin.portal.gateway;

/** What a deputy sends suggestion-service about their own item, besides the draft and the rating. */
public final class DeputyRequests {

  private DeputyRequests() {}

  /** Withdrawal (撤回) by the proposer, before assignment, with the reason. */
  public record Withdrawal(String reason) {}

  /** The proposer's answer to a contact the lead unit logged (三访): CONFIRMED, or DISPUTED with the reason. */
  public record ContactAnswer(String response, String reason) {}

  /** Confirming a co-signature (联名确认) has no content. */
  public record CoSignature() {}
}
