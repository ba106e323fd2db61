package io.lianxin.suggestion.domain;

/** How the unit met the deputy (走访、电话、座谈、线上). */
public enum ContactMode { VISIT, PHONE, MEETING, ONLINE }
