package io.lianxin.supervision.application.port;

import java.time.Instant;

/** One line of an item's audit trail (办理过程记录): the event, when, who (sign-in id and role), and its zh-CN / en summary. */
public record AuditLine(String eventId, String type, Instant at, String actorId, String actorRole, String summary) {}
