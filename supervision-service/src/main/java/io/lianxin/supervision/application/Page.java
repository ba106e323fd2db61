package io.lianxin.supervision.application;

import java.util.List;

/** One page of a list: the items, the page (from 0), its size and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {}
