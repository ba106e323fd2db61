package io.lianxin.deputy.domain;

/** Whether a handling unit still takes items (在册) or was dissolved or merged away (已撤销). */
public enum UnitStatus { ACTIVE, LEFT }
