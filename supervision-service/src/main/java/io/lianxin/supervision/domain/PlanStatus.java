package io.lianxin.supervision.domain;

/** The annual plan (年度监督计划) drafted by the office, then adopted by the chair's council (主任会议通过). */
public enum PlanStatus { DRAFT, ADOPTED }
