package io.lianxin.supervision.domain;

/** A body (被监督单位, a handling unit of the register) as supervision-service's copy of the register holds it. */
public record RegisteredUnit(String unitId, String congressId, String name, boolean active) {}
