package io.lianxin.portal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A posted form's values as the services take them: a blank field as none, a date, one entry a line. */
final class FormValues {

  private FormValues() {}

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** A posted date, or null when it is empty or not a date (the form then says so next to the field). */
  static LocalDate date(String date) {
    if (date == null || date.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(date.strip());
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }

  /** A textarea's lines (pasted lists, one entry a line), stripped, the empty ones left out. */
  static List<String> lines(String text) {
    return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }
}
