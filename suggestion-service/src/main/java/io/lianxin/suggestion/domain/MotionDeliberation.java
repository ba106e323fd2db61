package io.lianxin.suggestion.domain;

import java.time.Instant;

/**
 * The special committee's deliberation of a motion on the agenda and its outcome (审议结果), as the
 * committee office recorded it; {@code note} says more (required for {@link MotionResult#REFERRED}:
 * where it was referred).
 */
public record MotionDeliberation(MotionResult result, String note, String recordedBy, Instant recordedAt) {}
