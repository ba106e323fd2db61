package io.lianxin.voting.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A poll another service asks for (supervision's satisfaction and score votes, 满意度测评/评分),
 * as its request event says. The request id, congress, title, items, roll and closing time are
 * required: a request without them is not a request.
 *
 * @param secret absent: secret
 * @param isPublic absent: not public
 * @param opensAt absent: when the request was made
 */
public record VoteRequest(String requestId, String congressId, String title, List<String> items, List<String> roll,
    Boolean secret, Boolean isPublic, Instant opensAt, Instant closesAt, List<String> scrutineers,
    Integer scrutineerThreshold) {

  /** What is asked: satisfaction (rating) or a score of each item. */
  public enum Kind { SATISFACTION, SCORE }

  public VoteRequest {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(congressId, "congressId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(closesAt, "closesAt");
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    roll = List.copyOf(Objects.requireNonNull(roll, "roll"));
    scrutineers = scrutineers == null ? List.of() : List.copyOf(scrutineers);
  }

  /**
   * The poll drafted for it: rated or scored item by item, passed by more than half of the valid
   * votes, opening and closing on the requested schedule, and tallied and published at close.
   */
  public Poll.Draft draft(Kind kind, Instant requestedAt) {
    PollSpec spec = kind == Kind.SATISFACTION ? PollSpec.rating(items, roll.size()) : PollSpec.score(items, roll.size());
    return Poll.Draft.builder(kind == Kind.SATISFACTION ? PollKind.SATISFACTION : PollKind.SCORE, title, spec, roll)
        .secret(!Boolean.FALSE.equals(secret)).isPublic(Boolean.TRUE.equals(isPublic)).autoPublish(true)
        .schedule(opensAt == null ? requestedAt : opensAt, closesAt).requestId(requestId)
        .scrutineers(scrutineers, scrutineerThreshold).build();
  }
}
