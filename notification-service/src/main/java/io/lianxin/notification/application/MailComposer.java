package io.lianxin.notification.application;

import io.lianxin.notification.NotificationProperties;
import io.lianxin.notification.application.port.MailMessage;
import io.lianxin.notification.domain.Delivery;
import io.lianxin.notification.domain.Digest;
import io.lianxin.notification.domain.MessageText;
import io.lianxin.notification.domain.Notification;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
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
  private final ZoneId zone;

  @Autowired
  public MailComposer(NotificationProperties settings, ZoneId zone) {
    this(settings.publicBaseUrl(), zone);
  }

  /**
   * @param baseUrl where people reach this service: the links in the mails
   * @param zone the congress's time zone, the one dates are written in
   */
  public MailComposer(String baseUrl, ZoneId zone) {
    this.baseUrl = baseUrl;
    this.zone = zone;
  }

  /** The e-mail of one delivery. */
  public MailMessage of(Delivery delivery, Notification notification) {
    boolean en = MessageText.EN.equals(delivery.language());
    String title = notification.message().title(delivery.language());
    String body = notification.message().body(delivery.language());
    String unsubscribe = baseUrl + "/api/v1/preferences?unsubscribe=email";
    String footer = footer(en, "You receive this because you are concerned.", "您收到此邮件是因为此事与您有关。", unsubscribe);
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
    boolean en = MessageText.EN.equals(digest.language());
    MessageText text = MessageText.in(digest.language(), zone);
    String period = digest.period().from().equals(digest.period().lastDay()) ? text.date(digest.period().from())
        : text.date(digest.period().from()) + " – " + text.date(digest.period().lastDay());
    String title = en ? "Lianxin digest " + period : "连心 通知摘要 " + period;
    StringBuilder lines = new StringBuilder();
    StringBuilder html = new StringBuilder("<html><body><h3>" + HtmlUtils.htmlEscape(title) + "</h3>");
    for (List<Notification> group : digest.bySubject().values()) {
      html.append("<ul>");
      for (Notification n : group) {
        String line = n.message().title(digest.language()) + (en ? ": " : "：") + n.message().body(digest.language());
        lines.append("- ").append(line).append('\n');
        html.append("<li>").append(HtmlUtils.htmlEscape(line)).append("</li>");
      }
      lines.append('\n');
      html.append("</ul>");
    }
    String unsubscribe = baseUrl + "/api/v1/preferences";
    String footer = footer(en, "This is the digest of your notifications.", "这是您的通知摘要。", unsubscribe);
    html.append("<hr><p style=\"color:#888\">").append(HtmlUtils.htmlEscape(footer)).append("</p></body></html>");
    String messageId = "<" + Integer.toHexString(digest.id().hashCode()) + "."
        + UUID.nameUUIDFromBytes(digest.id().getBytes(StandardCharsets.UTF_8)) + "@lianxin.local>";
    return new MailMessage(digest.address(), title, lines + "-- \n" + footer, html.toString(),
        Map.of("List-Unsubscribe", "<" + unsubscribe + ">"), messageId, null);
  }

  /** Why the mail came and where to change that, in the reader's language. */
  private static String footer(boolean en, String whyEn, String whyZh, String preferences) {
    return en ? whyEn + " Change what you receive: " + preferences : whyZh + "调整通知设置：" + preferences;
  }
}
