package io.lianxin.suggestion.domain;

import java.util.Map;

/**
 * Something that happened to a suggestion: its name, who caused it (null for the deadline engine)
 * and the facts particular to it. Every event also carries the item's snapshot (ids, number,
 * title) — messaging adds that when it maps the event to the contract.
 */
public record SuggestionEvent(EventName name, String summary, Map<String, Object> facts) {}
