package io.lianxin.notification.domain;

import java.time.LocalTime;
import java.util.Set;

/** Preferences for tests, by name: p-1 of congress C with the defaults unless told otherwise. */
public final class PreferencesTestData {

  private String language;
  private Set<String> emailAreas;
  private Preferences.Digest digest;
  private LocalTime quietFrom;
  private LocalTime quietTo;

  private PreferencesTestData() {}

  public static PreferencesTestData preferences() {
    return new PreferencesTestData();
  }

  public PreferencesTestData language(String language) { this.language = language; return this; }
  public PreferencesTestData emailing(String... areas) { this.emailAreas = Set.of(areas); return this; }
  public PreferencesTestData digest(Preferences.Digest digest) { this.digest = digest; return this; }
  public PreferencesTestData quiet(LocalTime from, LocalTime to) { this.quietFrom = from; this.quietTo = to; return this; }

  public Preferences build() {
    return new Preferences("C", "p-1", language, emailAreas, digest, quietFrom, quietTo);
  }
}
