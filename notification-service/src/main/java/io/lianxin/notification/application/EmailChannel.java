package io.lianxin.notification.application;

import io.lianxin.notification.domain.Delivery;
import io.lianxin.notification.domain.Notification;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Sends one delivery as an e-mail over SMTP: text and HTML, in the person's language, with
 * List-Unsubscribe and a Message-ID made from the delivery id (so a receiving system can drop a
 * copy sent again after a crash).
 */
@Component
public class EmailChannel {

  private final JavaMailSender mail;
  private final String from;
  private final String baseUrl;

  public EmailChannel(JavaMailSender mail,
      @Value("${lianxin.notification.mail-from:连心 Lianxin <noreply@lianxin.local>}") String from,
      @Value("${lianxin.notification.public-base-url:http://127.0.0.1:8084}") String baseUrl) {
    this.mail = mail;
    this.from = from;
    this.baseUrl = baseUrl;
  }

  public void send(String deliveryId, Delivery delivery, Notification notification) throws SendFailure {
    boolean en = "en".equals(delivery.language());
    String title = en ? notification.message().titleEn() : notification.message().titleZh();
    String body = en ? notification.message().bodyEn() : notification.message().bodyZh();
    String unsubscribe = baseUrl + "/api/v1/preferences?unsubscribe=email";
    String footer = en ? "You receive this because you are concerned. Change what you receive: " + unsubscribe
        : "您收到此邮件是因为此事与您有关。调整通知设置：" + unsubscribe;
    try {
      MimeMessage message = mail.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(from);
      helper.setTo(delivery.address());
      helper.setSubject(title);
      helper.setText(body + "\n\n-- \n" + footer, "<html><body><h3>" + HtmlUtils.htmlEscape(title) + "</h3><p>"
          + HtmlUtils.htmlEscape(body) + "</p><hr><p style=\"color:#888\">" + HtmlUtils.htmlEscape(footer)
          + "</p></body></html>");
      message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">, <mailto:unsubscribe@lianxin.local?subject="
          + delivery.personId() + ">");
      message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
      message.setHeader("X-Lianxin-Delivery", deliveryId);
      message.saveChanges();
      message.setHeader("Message-ID", "<" + deliveryId + "@lianxin.local>");
      mail.send(message);
    } catch (MessagingException e) {
      throw new SendFailure("cannot build the message: " + e.getMessage(), true, e);
    } catch (MailException e) {
      throw new SendFailure(e.getMessage(), permanent(e), e);
    }
  }

  /** One digest e-mail: the period's items, grouped by the item they are about. */
  public void sendDigest(String digestId, String address, String language, java.time.LocalDate firstDay,
      java.time.LocalDate lastDay, java.util.Map<String, java.util.List<Notification>> bySubject) throws SendFailure {
    boolean en = "en".equals(language);
    String period = firstDay.equals(lastDay) ? firstDay.toString() : firstDay + " – " + lastDay;
    String title = en ? "Lianxin digest " + period : "连心 通知摘要 " + period;
    StringBuilder text = new StringBuilder();
    StringBuilder html = new StringBuilder("<html><body><h3>" + HtmlUtils.htmlEscape(title) + "</h3>");
    for (var group : bySubject.values()) {
      html.append("<ul>");
      for (Notification n : group) {
        String line = en ? n.message().titleEn() + ": " + n.message().bodyEn() : n.message().titleZh() + "：" + n.message().bodyZh();
        text.append("- ").append(line).append('\n');
        html.append("<li>").append(HtmlUtils.htmlEscape(line)).append("</li>");
      }
      text.append('\n');
      html.append("</ul>");
    }
    String unsubscribe = baseUrl + "/api/v1/preferences";
    html.append("<hr><p style=\"color:#888\">").append(HtmlUtils.htmlEscape(unsubscribe)).append("</p></body></html>");
    try {
      MimeMessage message = mail.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(from);
      helper.setTo(address);
      helper.setSubject(title);
      helper.setText(text + "-- \n" + unsubscribe, html.toString());
      message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
      message.saveChanges();
      message.setHeader("Message-ID", "<" + Integer.toHexString(digestId.hashCode()) + "."
          + java.util.UUID.nameUUIDFromBytes(digestId.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "@lianxin.local>");
      mail.send(message);
    } catch (MessagingException e) {
      throw new SendFailure("cannot build the digest: " + e.getMessage(), true, e);
    } catch (MailException e) {
      throw new SendFailure(e.getMessage(), permanent(e), e);
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
