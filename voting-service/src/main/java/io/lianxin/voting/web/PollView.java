package io.lianxin.voting.web;

import io.lianxin.voting.application.PollService;
import io.lianxin.voting.domain.Poll;
import java.time.Instant;
import java.util.List;

/**
 * A poll as staff and voters see it: no key, and no list of who has voted. Turnout only where
 * asked for one poll.
 */
public record PollView(String id, String kind, String title, String method, List<String> items, int rollSize,
    boolean secret, boolean inPerson, boolean isPublic, boolean allowRevote, String state, Instant createdAt, Instant opensAt,
    Instant closesAt, Instant openedAt, Instant closedAt, Instant publishedAt, String cancelReason, Integer present,
    PollService.Turnout turnout, String requestId, String programmeId) {

  /** In a list: without attendance (left out of the read), so without {@code present}. */
  static PollView listed(Poll p) {
    PollView v = of(p, null);
    return new PollView(v.id(), v.kind(), v.title(), v.method(), v.items(), v.rollSize(), v.secret(), v.inPerson(),
        v.isPublic(), v.allowRevote(), v.state(), v.createdAt(), v.opensAt(), v.closesAt(), v.openedAt(), v.closedAt(),
        v.publishedAt(), v.cancelReason(), null, null, v.requestId(), v.programmeId());
  }

  static PollView of(Poll p, PollService.Turnout turnout) {
    return new PollView(p.id(), p.kind().name(), p.title(), p.spec().method().name(), p.spec().items(),
        p.spec().rollSize(), p.secret(), p.inPerson(), p.isPublic(), p.allowRevote(), p.state().name(), p.createdAt(),
        p.opensAt(),
        p.closesAt(), p.openedAt(), p.closedAt(), p.publishedAt(), p.cancelReason(),
        p.inPerson() ? p.attendance().size() : null, turnout, p.requestId(), p.programmeId());
  }
}
