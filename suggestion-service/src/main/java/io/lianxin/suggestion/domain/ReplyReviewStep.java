package io.lianxin.suggestion.domain;

import java.time.Instant;

/**
 * One check of a signed reply (审核记录): the round, the stage, the decision, the reason (required
 * when sent back), who decided and when.
 */
public record ReplyReviewStep(int round, ReviewStage stage, ReviewDecision decision, String reason, String by,
    Instant at) {}
