package io.lianxin.portal.gateway;

import java.util.List;
import java.util.Objects;

/** A page of a list as the services answer it: items, total, page (from 0), size. */
public record Page<T>(List<T> items, long total, int page, int size) {

  public Page {
    items = List.copyOf(Objects.requireNonNullElse(items, List.of()));
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }

  public boolean hasPrevious() {
    return page > 0;
  }
}
