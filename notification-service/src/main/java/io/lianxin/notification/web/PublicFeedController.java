package io.lianxin.notification.web;

import io.lianxin.notification.NotificationProperties;
import io.lianxin.notification.application.NotificationService;
import io.lianxin.notification.domain.Notification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public Atom feed of a congress (公开信息订阅): what routes send to {@code public:feed}. */
@RestController
@RequestMapping("/api/v1/public/{congressId}")
@Tag(name = "public feed", description = "公开信息 Atom 订阅 / public Atom feed")
public class PublicFeedController {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final NotificationService service;
  private final String feedBase;
  private final String siteBase;
  private final ZoneId zone;

  public PublicFeedController(NotificationService service, NotificationProperties settings, ZoneId zone) {
    this.service = service;
    this.feedBase = withoutTrailingSlash(settings.publicBaseUrl());
    this.siteBase = withoutTrailingSlash(settings.publicSiteUrl());
    this.zone = zone;
  }

  @GetMapping(value = "/feed.atom", produces = "application/atom+xml")
  @Operation(summary = "The congress's public feed: published replies, poll results, review opinions (newest 50); "
      + "links absolute (lianxin.notification.public-site-url), times in the congress's zone; 404 for an unknown congress")
  public ResponseEntity<String> feed(@PathVariable String congressId) throws XMLStreamException {
    List<Notification> entries = service.publicFeed(congressId, 50);
    StringWriter out = new StringWriter();
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("feed");
    xml.writeDefaultNamespace(ATOM);
    element(xml, "id", "urn:lianxin:feed:" + congressId);
    element(xml, "title", "人大公开信息 / Public information — " + congressId);
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", "self");
    xml.writeAttribute("href", xmlText(feedBase + "/api/v1/public/" + congressId + "/feed.atom"));
    Instant updated = entries.isEmpty() ? Instant.EPOCH : entries.get(0).storedAt();
    element(xml, "updated", inCongressZone(updated));
    xml.writeStartElement("author");
    element(xml, "name", "连心 Lianxin");
    xml.writeEndElement();
    for (Notification n : entries) {
      xml.writeStartElement("entry");
      element(xml, "id", "urn:uuid:" + n.id());
      element(xml, "title", n.message().titleZh() + " / " + n.message().titleEn());
      element(xml, "updated", inCongressZone(n.storedAt()));
      if (n.eventType().startsWith("lianxin.suggestion.")) {
        xml.writeEmptyElement("link");
        xml.writeAttribute("href", xmlText(siteBase + "/api/v1/public/" + congressId + "/suggestions/" + n.subjectId()));
      }
      xml.writeStartElement("content");
      xml.writeAttribute("type", "text");
      xml.writeCharacters(xmlText(n.message().bodyZh() + "\n\n" + n.message().bodyEn()));
      xml.writeEndElement();
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.close();
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
        .body(out.toString());
  }

  /** An Atom date (RFC 3339) in the congress's zone, to the second: {@code 2026-03-05T17:30:00+08:00}. */
  private String inCongressZone(Instant at) {
    return RFC_3339.format(at.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
  }

  private static String withoutTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(xmlText(text));
    xml.writeEndElement();
  }

  /**
   * Text that XML 1.0 can hold: a character it forbids (a control character in a title that came
   * through an event) becomes U+FFFD instead of making the feed ill-formed for every reader.
   */
  static String xmlText(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(
        c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000
            ? c : 0xFFFD));
    return out.toString();
  }
}
