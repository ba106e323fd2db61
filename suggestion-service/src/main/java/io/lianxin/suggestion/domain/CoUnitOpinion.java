package io.lianxin.suggestion.domain;

import java.time.Instant;

/** A co-unit's opinion to the lead unit (协办意见), once per unit per handling round. */
public record CoUnitOpinion(String unitId, int round, String text, Instant submittedAt) {}
