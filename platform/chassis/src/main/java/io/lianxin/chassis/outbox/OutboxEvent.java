package io.lianxin.chassis.outbox;

import java.time.Instant;

/**
 * An event staged on its aggregate's document, in the same write as the state change (发件箱).
 * {@code payload} is the encoded CloudEvent, sent to Kafka as-is.
 */
public record OutboxEvent(String eventId, String type, String topic, String key, String payload, Instant stagedAt) {}
