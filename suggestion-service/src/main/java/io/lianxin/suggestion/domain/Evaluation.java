package io.lianxin.suggestion.domain;

import java.time.Instant;

/** A deputy's rating of the reply of one round (征询意见表). */
public record Evaluation(String deputyId, int round, Rating rating, String comment, Instant at) {}
