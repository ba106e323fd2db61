package io.lianxin.portal.gateway;

import java.util.List;

/**
 * A new draft (起草) as the suggestion service takes it ({@code POST /api/v1/suggestions} with {@code draft: true}).
 */
public record DraftRequest(String kind, String title, String body, String category, List<String> coSignerDeputyIds,
    boolean draft) {

  public static DraftRequest of(String kind, String title, String body, String category, List<String> coSigners) {
    return new DraftRequest(kind, title, body, category, List.copyOf(coSigners), true);
  }
}
