package io.lianxin.deputy.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** What the use cases ask of a caller and of the congress's calendar. */
final class Callers {

  private Callers() {}

  /** The office (committee staff) and admins act for every deputy of their congress; a deputy only for themself. */
  static void requireOwnOrOffice(CurrentUser caller, String deputyId) {
    if (!caller.hasAny(Role.ADMIN, Role.COMMITTEE_STAFF) && !deputyId.equals(caller.deputyId())) {
      throw new NotFoundException("deputy", deputyId);
    }
  }

  /** The year given, else the current one in the congress's zone. */
  static int yearOr(Integer year, Clock clock, ZoneId zone) {
    return year != null ? year : today(clock, zone).getYear();
  }

  /** Today in the congress's zone. */
  static LocalDate today(Clock clock, ZoneId zone) {
    return LocalDate.now(clock.withZone(zone));
  }
}
