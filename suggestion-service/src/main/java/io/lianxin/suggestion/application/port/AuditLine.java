package io.lianxin.suggestion.application.port;

import java.time.Instant;

/** One line of an item's audit trail (办理过程记录): who did what, when. */
public record AuditLine(String eventId, String type, Instant at, String actorId, String actorRole, String summary) {}
