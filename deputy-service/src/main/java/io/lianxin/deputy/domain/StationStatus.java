package io.lianxin.deputy.domain;

/** Whether a home or station receives voters (开放) or was closed (撤销). */
public enum StationStatus { OPEN, CLOSED }
