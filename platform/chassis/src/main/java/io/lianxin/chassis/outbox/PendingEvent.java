package io.lianxin.chassis.outbox;

import io.lianxin.events.EventType;

/**
 * An event a command wants published, before it has an envelope. {@code data} is serialised with
 * the event codec's mapper; {@code summary} is the line shown in the audit trail.
 */
public record PendingEvent(
    EventType type, String congressId, Object data, String actorId, String actorRole, String summary) {}
