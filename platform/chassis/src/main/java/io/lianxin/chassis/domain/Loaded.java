package io.lianxin.chassis.domain;

/**
 * An aggregate as a store port loaded it, with the version it was loaded at: saving it back
 * succeeds only if nobody else saved it since (optimistic lock), so the domain object itself
 * carries nothing of its storage.
 */
public record Loaded<T>(T item, long version) {}
