package io.lianxin.voting.domain;

import java.util.Map;

/**
 * Something that happened to a poll, a programme or a proposal: the event's name (the slug of
 * {@code lianxin.voting.<name>.v1}), the audit line, and its facts. Messaging adds the poll's
 * snapshot when it maps it to the contract.
 */
public record VotingEvent(String name, String summary, Map<String, Object> facts) {}
