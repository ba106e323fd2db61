package io.lianxin.notification.channel;

import io.lianxin.notification.NotificationProperties;
import io.lianxin.notification.application.port.MailChannel;
import io.lianxin.notification.application.port.MailMessage;
import io.lianxin.notification.domain.SendFailure;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import io.lianxin.chassis.observability.EventTracing;
import io.micrometer.tracing.Span;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends e-mail over SMTP as text and HTML alternatives from the configured sender. SMTP 5xx
 * answers are permanent failures; connection problems and 4xx are worth another try.
 */
@Component
public class SmtpMailChannel implements MailChannel {

  private final JavaMailSender mail;
  private final String from;
  private final EventTracing tracing;

  @Autowired
  public SmtpMailChannel(JavaMailSender mail, NotificationProperties settings, EventTracing tracing) {
    this(mail, settings.mailFrom(), tracing);
  }

  public SmtpMailChannel(JavaMailSender mail, String from, EventTracing tracing) {
    this.tracing = tracing;
    this.mail = mail;
    this.from = from;
  }

  @Override
  public void send(MailMessage composed) throws SendFailure {
    // a span of the trace the delivery was planned in: the e-mail is part of the command that caused it
    try (EventTracing.Scope span = tracing.continueFrom(composed.traceparent(), "send e-mail",
        Span.Kind.CLIENT)) {
      try {
        sendNow(composed);
      } catch (SendFailure failure) {
        span.error(failure);
        throw failure;
      }
    }
  }

  private void sendNow(MailMessage composed) throws SendFailure {
    try {
      MimeMessage message = mail.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(from);
      helper.setTo(composed.to());
      helper.setSubject(composed.subject());
      helper.setText(composed.text(), composed.html());
      for (Map.Entry<String, String> header : composed.headers().entrySet()) {
        message.setHeader(header.getKey(), header.getValue());
      }
      message.saveChanges();
      // after saveChanges, which would replace it with a random one
      message.setHeader("Message-ID", composed.messageId());
      mail.send(message);
    } catch (MessagingException e) {
      throw SendFailure.permanent("cannot build the message: " + e.getMessage(), e);
    } catch (MailException e) {
      throw permanent(e) ? SendFailure.permanent(e.getMessage(), e) : SendFailure.temporary(e.getMessage(), e);
    }
  }

  /** SMTP 5xx answers are permanent; connection problems and 4xx are worth another try. */
  static boolean permanent(MailException e) {
    if (e instanceof MailSendException send) {
      for (Exception failed : send.getFailedMessages().values()) {
        if (permanent(failed)) {
          return true;
        }
      }
    }
    return permanent((Throwable) e);
  }

  private static boolean permanent(Throwable t) {
    for (Throwable c = t; c != null; c = next(c)) {
      if (c instanceof SMTPAddressFailedException a && a.getReturnCode() >= 500) {
        return true;
      }
      if (c instanceof SMTPSendFailedException s && s.getReturnCode() >= 500) {
        return true;
      }
    }
    return false;
  }

  private static Throwable next(Throwable t) {
    if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
      return m.getNextException();
    }
    return t.getCause() == t ? null : t.getCause();
  }
}
