package io.lianxin.notification.application.port;

import io.lianxin.notification.domain.Delivery;
import io.lianxin.notification.domain.Notification;
import io.lianxin.notification.domain.SendFailure;

/**
 * Calls webhooks (SMS gateways, WeChat bridges, units' own systems) by
 * {@link io.lianxin.notification.domain.WebhookProtocol}.
 */
public interface WebhookChannel {

  /**
   * Posts {@code notification} to the delivery's address, signed under {@code secret}.
   *
   * @throws SendFailure as the answer or the target decides (see {@code WebhookProtocol})
   */
  void send(Delivery delivery, Notification notification, String secret) throws SendFailure;
}
