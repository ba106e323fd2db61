package io.lianxin.notification.application.port;

import java.util.Map;

/**
 * One e-mail as the application composed it, for a {@link MailChannel} to send as text and HTML
 * alternatives. The sender address is the channel's.
 *
 * @param headers further headers in order (List-Unsubscribe, …)
 * @param messageId the Message-ID, made from what the mail is of, so a copy sent again after a
 *     crash can be recognised
 * @param traceparent the trace its sending continues (the delivery's), or null
 */
public record MailMessage(String to, String subject, String text, String html, Map<String, String> headers,
    String messageId, String traceparent) {

  public MailMessage {
    headers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
  }
}
