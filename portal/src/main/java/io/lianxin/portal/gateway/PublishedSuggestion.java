package io.lianxin.portal.gateway;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A published suggestion or motion (公开的建议) with the handling units' replies, as anyone may read it. */
public record PublishedSuggestion(String id, String number, String kind, String title, String body, String category,
    String leadUnitId, List<Reply> replies, Instant publishedAt) {

  public PublishedSuggestion {
    replies = List.copyOf(Objects.requireNonNullElse(replies, List.of()));
  }

  /** A signed reply (答复) of a round: its category A/B/C, its text and the day it was signed. */
  public record Reply(int round, String unitId, String category, String text, String reason, LocalDate signedOn) {}
}
