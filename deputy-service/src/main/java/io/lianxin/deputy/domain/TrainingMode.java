package io.lianxin.deputy.domain;

/** How a training session is given: online (线上) or in a room (线下). */
public enum TrainingMode { ONLINE, OFFLINE }
