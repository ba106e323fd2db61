package io.lianxin.portal.gateway;

import java.util.Locale;

/**
 * The services' texts written for both readers at once, {@code "中文 / English"} (problem titles, audit lines): the
 * half in the reader's language.
 */
public final class Bilingual {

  private static final String SEPARATOR = " / ";

  private Bilingual() {}

  public static String pick(String text, Locale reader) {
    if (text == null) {
      return null;
    }
    int slash = text.indexOf(SEPARATOR);
    if (slash < 0) {
      return text;
    }
    return "en".equals(reader.getLanguage()) ? text.substring(slash + SEPARATOR.length()).trim()
        : text.substring(0, slash).trim();
  }
}
