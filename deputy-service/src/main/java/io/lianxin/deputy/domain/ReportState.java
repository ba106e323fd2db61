package io.lianxin.deputy.domain;

/** Where an annual report (年述职) is: filed (已提交), heard by voters (已述职, being rated), rated (测评结束). */
public enum ReportState { FILED, HEARD, RATED }
