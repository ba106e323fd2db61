package io.lianxin.chassis.outbox;

import java.time.Instant;

/** One line of an aggregate's audit trail (办理过程记录): who did what, when; kept forever. */
public record HistoryEntry(
    String eventId, String type, Instant at, String actorId, String actorRole, String summary) {}
