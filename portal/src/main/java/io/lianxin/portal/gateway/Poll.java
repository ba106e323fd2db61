package io.lianxin.portal.gateway;

import java.time.Instant;

/** A poll (表决) of the congress as listed: its title, method, whether secret or public, its state. */
public record Poll(String id, String kind, String title, String method, boolean secret, boolean isPublic,
    String state, Instant publishedAt) {}
