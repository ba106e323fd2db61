package io.lianxin.supervision.domain;

/** How a closed review opinion ended: found satisfactory (满意), or referred for accountability (追责问效). */
public enum OpinionOutcome { SATISFIED, ACCOUNTABILITY_REFERRED }
