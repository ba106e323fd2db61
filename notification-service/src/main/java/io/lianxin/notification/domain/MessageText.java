package io.lianxin.notification.domain;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text people read (通知文本), written for one reader: in their language, with the times in the
 * congress's zone. Fills a route's template from an event's data:
 * <ul>
 *   <li>{@code {field}} — the value of the field: an instant ({@code 2026-12-31T08:19:41Z}) as date and
 *       time in the congress's zone ({@code 2026年12月31日 16:19} / {@code 31 Dec 2026, 16:19}), a date
 *       ({@code 2026-12-31}) as a date only, a coded value by its {@link ValueLabels label}, a whole
 *       number with digit grouping, a list as its items joined ({@code 、} / {@code , }).</li>
 *   <li>{@code [text]} — an optional part (可省略部分), written only when every placeholder in it has a
 *       value (not null, not blank, not an empty list).</li>
 *   <li>{@code [text|otherwise]} — the same, with the sentence to write when a value is missing.</li>
 * </ul>
 * A placeholder outside an optional part whose value is missing is written as "—"; the routing
 * table's tests allow that only for fields every event of the type carries.
 */
public final class MessageText {

  /** The languages people read: zh-CN (default) and en. */
  public static final String ZH_CN = "zh-CN";
  public static final String EN = "en";

  private static final Pattern OPTIONAL_PART = Pattern.compile("\\[([^\\[\\]|]*)(?:\\|([^\\[\\]|]*))?]");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ISO_INSTANT =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");
  private static final String MISSING = "—";

  private final String language;
  private final ZoneId zone;
  private final ValueLabels labels;
  private final Locale locale;
  private final DateTimeFormatter dates;
  private final DateTimeFormatter dateTimes;
  private final String listSeparator;

  private MessageText(String language, ZoneId zone, ValueLabels labels) {
    this.language = EN.equals(language) ? EN : ZH_CN;
    this.zone = zone;
    this.labels = labels;
    boolean en = EN.equals(this.language);
    this.locale = en ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    this.dates = DateTimeFormatter.ofPattern(en ? "d MMM yyyy" : "yyyy年M月d日", locale);
    this.dateTimes = DateTimeFormatter.ofPattern(en ? "d MMM yyyy, HH:mm" : "yyyy年M月d日 HH:mm", locale);
    this.listSeparator = en ? ", " : "、";
  }

  /** Texts in {@code language} (en, else zh-CN) with times in {@code zone}, coded values as they are. */
  public static MessageText in(String language, ZoneId zone) {
    return new MessageText(language, zone, ValueLabels.NONE);
  }

  /** The same, with coded values written by their labels. */
  public MessageText labelled(ValueLabels valueLabels) {
    return new MessageText(language, zone, valueLabels);
  }

  /** {@code template} with its placeholders and optional parts filled from {@code data}. */
  public String fill(String template, Map<String, Object> data) {
    Matcher part = OPTIONAL_PART.matcher(template);
    StringBuilder out = new StringBuilder();
    int from = 0;
    while (part.find()) {
      out.append(fillPlaceholders(template.substring(from, part.start()), data));
      String present = part.group(1);
      String otherwise = part.group(2) == null ? "" : part.group(2);
      out.append(fillPlaceholders(allPresent(present, data) ? present : otherwise, data));
      from = part.end();
    }
    out.append(fillPlaceholders(template.substring(from), data));
    return out.toString();
  }

  /** A date as this reader writes it: {@code 2026年12月31日} / {@code 31 Dec 2026}. */
  public String date(LocalDate date) {
    return dates.format(date);
  }

  /** An instant as this reader writes it, in the congress's zone: {@code 2026年12月31日 16:19} / {@code 31 Dec 2026, 16:19}. */
  public String dateTime(Instant instant) {
    return dateTimes.format(instant.atZone(zone));
  }

  /**
   * The placeholders of {@code template} outside its optional parts: those an event must always
   * carry for the text to read well.
   *
   * @throws IllegalArgumentException when a bracket or bar stands outside a well-formed optional part
   */
  public static Set<String> requiredPlaceholders(String template) {
    String outside = OPTIONAL_PART.matcher(template).replaceAll(" ");
    if (outside.contains("[") || outside.contains("]") || outside.contains("|")) {
      throw new IllegalArgumentException("unbalanced optional part ([…] or […|…]) in: " + template);
    }
    Set<String> fields = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(outside);
    while (m.find()) {
      fields.add(m.group(1));
    }
    return fields;
  }

  private boolean allPresent(String part, Map<String, Object> data) {
    Matcher m = PLACEHOLDER.matcher(part);
    while (m.find()) {
      if (missing(data.get(m.group(1)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean missing(Object value) {
    return value == null || value instanceof Collection<?> many && many.isEmpty() || value.toString().isBlank();
  }

  private String fillPlaceholders(String text, Map<String, Object> data) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String field = m.group(1);
      Object value = data.get(field);
      m.appendReplacement(out, Matcher.quoteReplacement(missing(value) ? MISSING : written(field, value)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String written(String field, Object value) {
    if (value instanceof Collection<?> many) {
      return String.join(listSeparator, many.stream().filter(v -> !missing(v)).map(v -> written(field, v)).toList());
    }
    if (value instanceof Instant instant) {
      return dateTime(instant);
    }
    if (value instanceof LocalDate date) {
      return date(date);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
      return String.format(locale, "%,d", value);
    }
    String text = value.toString();
    String label = labels.label(field, text, language);
    if (label != null) {
      return label;
    }
    try {
      if (ISO_DATE.matcher(text).matches()) {
        return date(LocalDate.parse(text));
      }
      if (ISO_INSTANT.matcher(text).matches()) {
        return dateTime(OffsetDateTime.parse(text).toInstant());
      }
    } catch (DateTimeParseException notADate) {
      // written as it came (e.g. 2026-02-30)
    }
    return text;
  }
}
