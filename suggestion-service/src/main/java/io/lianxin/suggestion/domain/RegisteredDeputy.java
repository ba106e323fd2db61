package io.lianxin.suggestion.domain;

/**
 * A deputy as the register (代表名册, deputy-service) last described them, in suggestion-service's
 * copy: who may co-sign, and who heads a delegation (代表团团长) and so may table a delegation motion.
 */
public record RegisteredDeputy(String deputyId, String congressId, String name, boolean active, String delegation,
    boolean delegationHead) {}
