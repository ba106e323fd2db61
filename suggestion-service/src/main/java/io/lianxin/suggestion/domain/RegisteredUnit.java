package io.lianxin.suggestion.domain;

/**
 * A handling unit (承办单位) as the register last described it, in suggestion-service's copy: what an
 * item may be assigned to, and the superior (上级主管单位) a re-handling may move it up to.
 */
public record RegisteredUnit(String unitId, String congressId, String name, boolean active, String superiorUnitId) {}
