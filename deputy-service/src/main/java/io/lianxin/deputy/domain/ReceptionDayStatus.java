package io.lianxin.deputy.domain;

/** Whether a reception day (进站接待日) is planned (已排班) or was held (已接待). */
public enum ReceptionDayStatus { SCHEDULED, HELD }
