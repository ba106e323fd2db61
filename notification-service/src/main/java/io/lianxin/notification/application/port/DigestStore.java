package io.lianxin.notification.application.port;

import java.time.Duration;
import java.time.Instant;

/**
 * The record of digests (摘要发送记录), one per person and period: claimed before sending, so that a
 * digest goes once even with several replicas.
 */
public interface DigestStore {

  /** Whether this digest was sent already. */
  boolean sent(String digestId);

  /**
   * Claims the digest for {@code lease}: true when it was not claimed yet, or its claim expired
   * unsent (the sender died); false when another sender holds it or it was sent.
   */
  boolean claim(String digestId, Instant now, Duration lease);

  void markSent(String digestId, int items);

  /** Gives the claim up (a temporary failure): the next run tries again. */
  void release(String digestId);
}
