package io.lianxin.portal.web;

import io.lianxin.portal.gateway.DraftRequest;
import java.util.Arrays;
import java.util.List;

/**
 * The new-draft form (起草建议) as posted: {@code action} is {@code submit} (起草并提交) or {@code draft} (保存草稿);
 * {@code requestKey} is made when the form is shown, so that a form sent twice makes one draft.
 */
public record DraftForm(String kind, String title, String body, String category, String coSigners, String action,
    String requestKey) {

  public static DraftForm empty() {
    return new DraftForm("SUGGESTION", "", "", "", "", "submit", RequestKeys.fresh());
  }

  public boolean submitNow() {
    return !"draft".equals(action);
  }

  /** The co-signers' deputy ids, as typed: separated by commas, spaces or the Chinese comma. */
  public List<String> coSignerIds() {
    if (coSigners == null || coSigners.isBlank()) {
      return List.of();
    }
    return Arrays.stream(coSigners.split("[,，、\\s]+")).filter(id -> !id.isBlank()).distinct().toList();
  }

  public DraftRequest toRequest() {
    return DraftRequest.of(kind == null || kind.isBlank() ? "SUGGESTION" : kind, title, body,
        category == null || category.isBlank() ? null : category, coSignerIds());
  }

  /** The key of this form's request, fresh if the browser sent none. */
  public String key() {
    return RequestKeys.postedOr(requestKey);
  }
}
