package io.lianxin.chassis.outbox;

import java.time.Instant;

/**
 * An event staged on its aggregate's document, in the same write as the state change (发件箱).
 * {@code payload} is the encoded CloudEvent, sent to Kafka as-is; {@code traceparent} is the one in
 * it, kept beside it so that the publish joins the command's trace without decoding the payload.
 */
public record OutboxEvent(String eventId, String type, String topic, String key, String payload, Instant stagedAt,
    String traceparent) {}
