package io.lianxin.suggestion.domain;

import java.time.Instant;
import java.util.List;

/**
 * Direct channel (直通车): sent to the party committee's and the government's leaders, who are units
 * of the register ({@code recipientUnitIds}; {@code recipients}: their names as the register gave
 * them when it was sent), and their instruction (批示).
 */
public record DirectChannel(List<String> recipients, List<String> recipientUnitIds, Instant sentAt,
    String instruction, String instructedBy, Instant instructedAt) {

  DirectChannel withInstruction(String text, String by, Instant at) {
    return new DirectChannel(recipients, recipientUnitIds, sentAt, text, by, at);
  }
}
