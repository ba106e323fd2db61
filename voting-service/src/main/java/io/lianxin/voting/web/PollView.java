package io.lianxin.voting.web;

import io.lianxin.voting.application.PollService;
import io.lianxin.voting.domain.Poll;
import io.lianxin.voting.domain.Roll;
import java.time.Instant;
import java.util.List;

/**
 * A poll as staff and voters see it: no key, and no list of who has voted. Turnout only where
 * asked for one poll; {@code rollOf} is the roll by kind (null for a roll of ids), {@code rollSize}
 * its size as resolved when drafted and, from opening on, as fixed.
 */
public record PollView(String id, String kind, String title, String method, List<String> items, int rollSize,
    boolean secret, boolean inPerson, boolean isPublic, boolean allowRevote, String state, Instant createdAt, Instant opensAt,
    Instant closesAt, Instant openedAt, Instant closedAt, Instant publishedAt, String cancelReason, Integer present,
    PollService.Turnout turnout, String requestId, String programmeId, Roll rollOf) {

  /** In a list: read without roll, attendance and roll by kind, so without the number present, turnout and rollOf. */
  static PollView listed(Poll p) {
    return view(p, null, null);
  }

  static PollView of(Poll p, PollService.Turnout turnout) {
    return view(p, p.inPerson() ? p.attendance().size() : null, turnout);
  }

  private static PollView view(Poll p, Integer present, PollService.Turnout turnout) {
    return new PollView(p.id(), p.kind().name(), p.title(), p.spec().method().name(), p.spec().items(),
        p.spec().rollSize(), p.secret(), p.inPerson(), p.isPublic(), p.allowRevote(), p.state().name(), p.createdAt(),
        p.opensAt(), p.closesAt(), p.openedAt(), p.closedAt(), p.publishedAt(), p.cancelReason(),
        present, turnout, p.requestId(), p.programmeId(), p.rollOf());
  }
}
