package io.lianxin.deputy.domain;

/** Whether a deputy holds the mandate (代表资格): active, left (term ended, resigned, moved, died), removed (罢免、资格终止). */
public enum DeputyStatus { ACTIVE, LEFT, REMOVED }
