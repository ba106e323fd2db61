package io.lianxin.notification.domain;

/**
 * A send that did not go through, over any channel (发送失败): why, and whether trying again can
 * help. Permanent: the receiver refused for good (SMTP 5xx, a webhook's 4xx other than 429, a
 * target that is not allowed); temporary: the network or the receiver may do better later.
 */
public final class SendFailure extends Exception {

  private final boolean permanent;

  private SendFailure(String reason, boolean permanent, Throwable cause) {
    super(reason, cause);
    this.permanent = permanent;
  }

  /** Trying again cannot help. */
  public static SendFailure permanent(String reason) {
    return new SendFailure(reason, true, null);
  }

  public static SendFailure permanent(String reason, Throwable cause) {
    return new SendFailure(reason, true, cause);
  }

  /** Worth another try, later. */
  public static SendFailure temporary(String reason, Throwable cause) {
    return new SendFailure(reason, false, cause);
  }

  public boolean isPermanent() {
    return permanent;
  }
}
