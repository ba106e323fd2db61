package io.lianxin.notification.application;

import io.lianxin.notification.NotificationProperties;
import io.lianxin.notification.application.port.MailMessage;
import io.lianxin.notification.domain.Delivery;
import io.lianxin.notification.domain.Digest;
import io.lianxin.notification.domain.Notification;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the e-mails: text and HTML in the person's language, with List-Unsubscribe and a
 * Message-ID made from what the mail is of (so a receiving system can drop a copy sent again after
 * a crash).
 */
@Component
public class MailComposer {

  private final String baseUrl;

  @Autowired
  public MailComposer(NotificationProperties settings) {
    this(settings.publicBaseUrl());
  }

  /** @param baseUrl where people reach this service: the links in the mails */
  public MailComposer(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** The e-mail of one delivery. */
  public MailMessage of(Delivery delivery, Notification notification) {
    boolean en = "en".equals(delivery.language());
    String title = notification.message().title(delivery.language());
    String body = notification.message().body(delivery.language());
    String unsubscribe = baseUrl + "/api/v1/preferences?unsubscribe=email";
    String footer = en ? "You receive this because you are concerned. Change what you receive: " + unsubscribe
        : "您收到此邮件是因为此事与您有关。调整通知设置：" + unsubscribe;
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("List-Unsubscribe", "<" + unsubscribe + ">, <mailto:unsubscribe@lianxin.local?subject="
        + delivery.personId() + ">");
    headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    headers.put("X-Lianxin-Delivery", delivery.id());
    return new MailMessage(delivery.address(), title, body + "\n\n-- \n" + footer,
        "<html><body><h3>" + HtmlUtils.htmlEscape(title) + "</h3><p>" + HtmlUtils.htmlEscape(body)
            + "</p><hr><p style=\"color:#888\">" + HtmlUtils.htmlEscape(footer) + "</p></body></html>",
        headers, "<" + delivery.id() + "@lianxin.local>", delivery.traceparent());
  }

  /** One digest e-mail: the period's items, grouped by the item they are about. */
  public MailMessage of(Digest digest) {
    boolean en = "en".equals(digest.language());
    String period = digest.period().from().equals(digest.period().lastDay()) ? digest.period().from().toString()
        : digest.period().from() + " – " + digest.period().lastDay();
    String title = en ? "Lianxin digest " + period : "连心 通知摘要 " + period;
    StringBuilder text = new StringBuilder();
    StringBuilder html = new StringBuilder("<html><body><h3>" + HtmlUtils.htmlEscape(title) + "</h3>");
    for (List<Notification> group : digest.bySubject().values()) {
      html.append("<ul>");
      for (Notification n : group) {
        String line = n.message().title(digest.language()) + (en ? ": " : "：") + n.message().body(digest.language());
        text.append("- ").append(line).append('\n');
        html.append("<li>").append(HtmlUtils.htmlEscape(line)).append("</li>");
      }
      text.append('\n');
      html.append("</ul>");
    }
    String unsubscribe = baseUrl + "/api/v1/preferences";
    html.append("<hr><p style=\"color:#888\">").append(HtmlUtils.htmlEscape(unsubscribe)).append("</p></body></html>");
    String messageId = "<" + Integer.toHexString(digest.id().hashCode()) + "."
        + UUID.nameUUIDFromBytes(digest.id().getBytes(StandardCharsets.UTF_8)) + "@lianxin.local>";
    return new MailMessage(digest.address(), title, text + "-- \n" + unsubscribe, html.toString(),
        Map.of("List-Unsubscribe", "<" + unsubscribe + ">"), messageId, null);
  }
}
