package io.lianxin.portal.gateway;

import java.util.List;

/** What the committee office sends voting-service to run a poll (表决) from its draft to its published result. */
public final class PollRequests {

  private PollRequests() {}

  /**
   * A new poll (草拟表决): its kind, title, method, the items a ballot answers, the roll by kind (all deputies, the
   * standing committee, or a list of deputies' ids), secret or named, in person (签到 first) or online, public.
   */
  public record Draft(String kind, String title, String method, List<String> items, RollOf rollOf, boolean secret,
      boolean inPerson, boolean isPublic, List<String> scrutineers, Integer scrutineerThreshold) {}

  /** A roll by kind (表决名单), resolved from the register: ALL_DEPUTIES, STANDING_COMMITTEE or LIST with the ids. */
  public record RollOf(String kind, List<String> deputyIds) {}

  /** Voters signed in (签到) in the chamber, by their ids. */
  public record SignIn(List<String> voterIds) {}

  /** A draft or open poll cancelled (取消), with the reason. */
  public record Cancellation(String reason) {}

  /** A step without content: opening, closing, the count, publication. */
  public record Step() {}
}
