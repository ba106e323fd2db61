/**
 * The channels a message leaves by (发送渠道): SMTP for e-mail, signed HTTP calls for webhooks. They
 * implement the application's {@code MailChannel} and {@code WebhookChannel} ports and classify
 * what went wrong as a permanent or temporary {@code SendFailure}.
 */
package io.lianxin.notification.channel;
