package io.lianxin.supervision.domain;

import io.lianxin.chassis.domain.RuleViolationException;
import java.time.Instant;

/**
 * The votes an opinion, a project tracking or a performance review asked voting-service for (测评请求): how many
 * were asked, and the request id of the one awaited (null when none is). The n-th request's id is the aggregate's
 * prefix and n, so a result, a cancel or a withdrawal of an earlier request never meets the awaited one.
 *
 * @param awaited the request id whose result is awaited, or null
 * @param asked how many votes were asked so far
 */
public record VoteRequests(String awaited, int asked) {

  public static VoteRequests none() {
    return new VoteRequests(null, 0);
  }

  /** One more vote asked, closing in the future: its id {@code <prefix><n>} awaited. */
  VoteRequests ask(String prefix, Instant closesAt, Instant now) {
    if (!closesAt.isAfter(now)) {
      throw new RuleViolationException("closesAt", "测评截止时间须晚于现在 / the vote must close in the future");
    }
    return new VoteRequests(prefix + (asked + 1), asked + 1);
  }

  /** Whether the request is the one awaited. */
  boolean awaits(String requestId) {
    return awaited != null && awaited.equals(requestId);
  }

  /** The awaited vote ended (a result, a cancel, a withdrawal): none awaited; the count stays. */
  VoteRequests ended() {
    return new VoteRequests(null, asked);
  }
}
