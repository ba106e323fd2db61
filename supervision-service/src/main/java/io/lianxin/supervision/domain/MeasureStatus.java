package io.lianxin.supervision.domain;

/** A rectification measure's progress (整改措施进度): planned, under way, done (with evidence). */
public enum MeasureStatus { PLANNED, IN_PROGRESS, DONE }
