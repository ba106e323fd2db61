package io.lianxin.portal.gateway;

import java.time.Instant;

/**
 * A proposed livelihood project (民生实事项目建议) with the number of people who support it (附议); a proposal merged
 * into another names it in {@code mergedInto}.
 */
public record Proposal(String id, String programmeId, String title, String description, String place,
    String estimatedBenefit, String source, String mergedInto, Instant proposedAt, long supports) {}
