package io.lianxin.supervision.domain;

/** The language a report's file is written in for its reader (报表语言): Chinese (zh-CN) or English. */
public enum ReportLanguage {
  ZH_CN, EN;

  /** The text of this language of the two. */
  public String of(String chinese, String english) {
    return this == EN ? english : chinese;
  }
}
