package io.lianxin.portal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the reader reads them: in their language's form ({@code format.date}, {@code format.date-time}
 * in the messages: 2026年5月1日 09:05, May 1, 2026, 9:05 AM) and in the congress's zone (in pages
 * {@code ${@dates.dateTime(x)}}, {@code ${@dates.date(x)}}).
 */
@Component("dates")
public class ReaderDates {

  private final ZoneId zone;
  private final MessageSource messages;

  public ReaderDates(ZoneId congressZone, MessageSource messages) {
    this.zone = congressZone;
    this.messages = messages;
  }

  public String dateTime(Instant instant) {
    return instant == null ? "" : format("format.date-time").withZone(zone).format(instant);
  }

  public String date(LocalDate date) {
    return date == null ? "" : format("format.date").format(date);
  }

  /** The machine-readable form for {@code <time datetime>}, in the congress's zone. */
  public String iso(Instant instant) {
    return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone).format(instant);
  }

  /** Today in the congress's zone: what a deadline is compared with. */
  public LocalDate today() {
    return LocalDate.now(zone);
  }

  private DateTimeFormatter format(String key) {
    Locale reader = LocaleContextHolder.getLocale();
    return DateTimeFormatter.ofPattern(messages.getMessage(key, null, reader), reader);
  }
}
