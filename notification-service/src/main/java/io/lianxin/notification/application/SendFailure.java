package io.lianxin.notification.application;

/** A failed send over any channel: why, and whether trying again can help. */
public final class SendFailure extends Exception {

  private final boolean permanent;

  public SendFailure(String message, boolean permanent, Throwable cause) {
    super(message, cause);
    this.permanent = permanent;
  }

  public boolean permanent() {
    return permanent;
  }
}
