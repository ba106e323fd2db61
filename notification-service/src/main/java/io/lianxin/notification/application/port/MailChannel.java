package io.lianxin.notification.application.port;

import io.lianxin.notification.domain.SendFailure;

/** Sends e-mail (SMTP in production). */
public interface MailChannel {

  /**
   * @throws SendFailure permanent when the server refused for good (5xx) or the message cannot be
   *     built; temporary for 4xx answers and connection problems
   */
  void send(MailMessage message) throws SendFailure;
}
