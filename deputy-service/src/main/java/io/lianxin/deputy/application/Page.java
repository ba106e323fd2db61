package io.lianxin.deputy.application;

import java.util.List;

/** One page of a list, the shape every Lianxin list answers with. */
public record Page<T>(List<T> items, int page, int size, long total) {}
