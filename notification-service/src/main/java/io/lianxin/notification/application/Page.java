package io.lianxin.notification.application;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list (一页): its items, how many there are in all, the page's number (from 0) and
 * size — the shape every Lianxin list answers with.
 */
public record Page<T>(List<T> items, long total, int page, int size) {
  public Page {
    items = List.copyOf(items);
  }

  public <R> Page<R> map(Function<T, R> mapping) {
    return new Page<>(items.stream().map(mapping).toList(), total, page, size);
  }
}
