package io.lianxin.supervision.domain;

/**
 * The five questions of a thematic inquiry (专题询问"五问"): the cause (原因), the measures (举措),
 * the commitment (承诺), the timeline (时限) and the results (成效).
 */
public enum FiveQuestion { CAUSE, MEASURES, COMMITMENT, TIMELINE, RESULTS }
