package io.lianxin.portal.web;

import java.util.UUID;

/**
 * The Idempotency-Key a form carries in a hidden field (every form that starts a step, not only the units'): one per
 * form shown, so that sending it twice is the same request.
 */
final class RequestKeys {

  private RequestKeys() {}

  static String fresh() {
    return UUID.randomUUID().toString();
  }

  /** The key the form posted, or a fresh one where it posted none. */
  static String postedOr(String requestKey) {
    return requestKey == null || requestKey.isBlank() ? fresh() : requestKey;
  }
}
