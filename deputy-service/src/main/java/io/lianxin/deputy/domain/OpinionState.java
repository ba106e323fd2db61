package io.lianxin.deputy.domain;

/**
 * Where a voter's opinion (群众意见) is on its way: collected (收集), assigned to a handling unit (交办) or
 * taken up by a deputy on duty as a suggestion draft (代表领办), answered (办理答复), and told to the voter
 * (反馈).
 */
public enum OpinionState { COLLECTED, ASSIGNED, TAKEN_UP, ANSWERED, FED_BACK }
