package io.lianxin.portal.gateway;

import java.time.Instant;
import java.util.Locale;

/** A line of an item's timeline (办理过程): who did what, when; the summary is "中文 / English". */
public record AuditLine(String eventId, String type, Instant at, String actorId, String actorRole, String summary) {

  public String summary(Locale reader) {
    return Bilingual.pick(summary, reader);
  }
}
