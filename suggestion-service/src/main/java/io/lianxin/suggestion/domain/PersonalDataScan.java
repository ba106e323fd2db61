package io.lianxin.suggestion.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds likely personal data (疑似个人信息) in the text to publish: mainland mobile and landline
 * phone numbers, 18-digit resident ID-card numbers, e-mail addresses and street addresses down to
 * the building or flat (…路12号3栋2单元501室). It says where and what kind, never the value. It is a
 * safeguard, not a proof: staff redact or confirm what it finds, and still read what it does not.
 */
public final class PersonalDataScan {

  /** The kinds of personal data looked for. */
  public enum Kind {
    /** 身份证号: 18 digits (the last may be X) with a plausible birth date. */ ID_CARD_NUMBER("身份证号"),
    /** 电子邮箱. */ EMAIL("电子邮箱"),
    /** 手机号: 11 digits from 13x to 19x, optionally +86 and separated 3-4-4. */ MOBILE_PHONE("手机号"),
    /** 固定电话: an area code from 0 (010, 0571, (021)…) and 7 or 8 digits. */ LANDLINE_PHONE("固定电话"),
    /** 详细地址: a road and house number, or building, unit or flat (号、栋、幢、单元、室). */ STREET_ADDRESS("详细地址");

    private final String zh;

    Kind(String zh) {
      this.zh = zh;
    }

    public String zh() {
      return zh;
    }
  }

  /** One finding: its kind, the field (title, body, replies[0].text …) and where in it, in characters. */
  public record Finding(Kind kind, String field, int start, int length) {}

  private static final String NUMERAL = "(?:[0-9０-９]+|[一二三四五六七八九十]+)";
  private static final String ADDRESS_PART = NUMERAL + "\\s*(?:号楼|号院|号|栋|幢|单元|室|楼)";

  private static final List<Kind> ORDER = List.of(Kind.ID_CARD_NUMBER, Kind.EMAIL, Kind.MOBILE_PHONE,
      Kind.LANDLINE_PHONE, Kind.STREET_ADDRESS);

  private static final Pattern ID_CARD = Pattern.compile(
      "(?<![0-9A-Za-z])[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx](?![0-9A-Za-z])");
  private static final Pattern EMAIL = Pattern.compile(
      "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(?:\\+?86[-\\s]?)?1[3-9]\\d(?:[-\\s]?\\d{4}){2}(?!\\d)");
  private static final Pattern LANDLINE = Pattern.compile(
      "(?<!\\d)(?:\\(0\\d{2,3}\\)|（0\\d{2,3}）|0\\d{2,3}[-－\\s]?)[2-9]\\d{6,7}(?!\\d)");
  private static final Pattern ADDRESS = Pattern.compile(
      "(?<road>\\p{IsHan}{1,12}?(?:大道|大街|路|街|巷|弄|胡同|小区|社区|花园|公寓|苑)\\s*)?" + ADDRESS_PART
          + "(?:\\s*" + ADDRESS_PART + ")*");

  private PersonalDataScan() {}

  /** What the text to publish holds, field by field in the order title, body, replies; by position in each. */
  public static List<Finding> in(PublicText text) {
    List<Finding> all = new ArrayList<>(in("title", text.title()));
    all.addAll(in("body", text.body()));
    for (int i = 0; i < text.replies().size(); i++) {
      all.addAll(in("replies[" + i + "].text", text.replies().get(i).text()));
      all.addAll(in("replies[" + i + "].reason", text.replies().get(i).reason()));
    }
    return all;
  }

  /** The findings in one field, by position; a stretch is reported once, as the first kind that matched it. */
  static List<Finding> in(String field, String text) {
    List<Finding> found = new ArrayList<>();
    if (text == null) {
      return found;
    }
    for (Kind kind : ORDER) {
      Matcher m = pattern(kind).matcher(text);
      while (m.find()) {
        int start = m.start();
        int end = m.end();
        boolean overlaps = found.stream().anyMatch(f -> start < f.start() + f.length() && f.start() < end);
        if (!overlaps && (kind != Kind.STREET_ADDRESS || looksLikeAnAddress(m))) {
          found.add(new Finding(kind, field, start, end - start));
        }
      }
    }
    found.sort(Comparator.comparingInt(Finding::start));
    return found;
  }

  /** The problem's text: each finding by kind and position, never its value, and how to go on. */
  static String describe(List<Finding> findings) {
    return "likely personal data in the text to publish (疑似个人信息): " + findings.stream()
        .map(f -> f.kind() + " " + f.kind().zh() + " in " + f.field() + " at " + f.start() + " (" + f.length()
            + " characters)")
        .collect(Collectors.joining("; "))
        + " — send a redacted publicText for the public version, or confirm with personalDataCheck=CONFIRMED_BY_STAFF";
  }

  /** A lone "12号" (a document, a suggestion's number) is not an address; a road's number or a flat is. */
  private static boolean looksLikeAnAddress(Matcher m) {
    String match = m.group();
    return m.group("road") != null || match.matches(".*(?:栋|幢|单元|室).*") || match.chars().filter(c -> c == '号').count() >= 2;
  }

  private static Pattern pattern(Kind kind) {
    return switch (kind) {
      case ID_CARD_NUMBER -> ID_CARD;
      case EMAIL -> EMAIL;
      case MOBILE_PHONE -> MOBILE;
      case LANDLINE_PHONE -> LANDLINE;
      case STREET_ADDRESS -> ADDRESS;
    };
  }
}
