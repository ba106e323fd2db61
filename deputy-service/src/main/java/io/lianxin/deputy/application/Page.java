package io.lianxin.deputy.application;

import java.util.List;

/** One page of a list, the shape every Lianxin list answers with. */
public record Page<T>(List<T> items, int page, int size, long total) {

  /** One page of a list held whole ({@code page} from 0). */
  public static <T> Page<T> slice(List<T> all, int page, int size) {
    return new Page<>(all.stream().skip((long) page * size).limit(size).toList(), page, size, all.size());
  }
}
