package io.lianxin.supervision.domain;

/** The office's feasibility assessment (可行性论证) of a topic: feasible, not feasible, or to be studied further. */
public enum Feasibility { FEASIBLE, NOT_FEASIBLE, NEEDS_STUDY }
