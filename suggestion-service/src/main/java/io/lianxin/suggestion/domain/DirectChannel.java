package io.lianxin.suggestion.domain;

import java.time.Instant;
import java.util.List;

/** Direct channel (直通车): sent to party committee / government leaders; their instruction (批示). */
public record DirectChannel(List<String> recipients, Instant sentAt, String instruction, String instructedBy,
    Instant instructedAt) {

  DirectChannel withInstruction(String text, String by, Instant at) {
    return new DirectChannel(recipients, sentAt, text, by, at);
  }
}
