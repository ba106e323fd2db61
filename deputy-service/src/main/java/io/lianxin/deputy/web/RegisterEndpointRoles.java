package io.lianxin.deputy.web;

import static io.lianxin.chassis.domain.Role.ADMIN;
import static io.lianxin.chassis.domain.Role.COMMITTEE_STAFF;
import static io.lianxin.chassis.domain.Role.DEPUTY;
import static io.lianxin.chassis.domain.Role.LEADER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import io.lianxin.chassis.security.EndpointRoles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call the register at all: the office (committee staff of the deputy-affairs working body,
 * 选任代工委) and admins keep it; leaders read it; a deputy reads their own entry (the use case
 * decides whose) and their own record (履职档案), which the office and admins read for everyone, with the
 * year-end list; every signed-in caller of the congress reads the handling units and the homes and
 * stations; anyone reads a congress's open stations and a deputy's public record (the public paths).
 * The office and admins run the reception days, the opinions collected there, the annual reports' meetings
 * and ratings, and the training; a deputy files their own annual report and reads their own reports and
 * duty days; anyone follows an opinion by its code and reads a deputy's heard reports. A deputy (a member of
 * the standing committee is one too) logs and reads their own contacts of the two links (双联系), the office
 * everyone's, with the yearly counts against the minimum (which the chair's council reads too, both kinds: the
 * members' links and the deputies' with voters are what it oversees), and tells those below the minimums. Every signed-in caller reads the register of
 * congresses (one for all congresses) and the working bodies (工委) of their own; an admin enters their own
 * congress and those directly below it (the use case decides which), the office and admins the working bodies.
 */
@Configuration(proxyBeanMethods = false)
class RegisterEndpointRoles {

  @Bean
  EndpointRoles endpointRoles() {
    return EndpointRoles.builder()
        .allow(POST, "/api/v1/deputies/import", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/units/import", COMMITTEE_STAFF, ADMIN)
        .allow(PUT, "/api/v1/deputies/*", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/deputies/*/departure", COMMITTEE_STAFF, ADMIN)
        .allow(GET, "/api/v1/deputies", COMMITTEE_STAFF, LEADER, ADMIN)
        .allow(GET, "/api/v1/deputies/*/record", DEPUTY, COMMITTEE_STAFF, ADMIN)
        .allow(GET, "/api/v1/records", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/records/minimum-notices", COMMITTEE_STAFF, ADMIN)
        .allow(GET, "/api/v1/records/export", COMMITTEE_STAFF, ADMIN)
        .allow(GET, "/api/v1/deputies/*/duty-days", DEPUTY, COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/deputies/*/reports", DEPUTY, COMMITTEE_STAFF, ADMIN)
        .allow(GET, "/api/v1/deputies/*/reports", DEPUTY, COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/deputies/*/reports/*/meeting", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/deputies/*/reports/*/ratings", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/deputies/*/reports/*/rating-closure", COMMITTEE_STAFF, ADMIN)
        .allow(GET, "/api/v1/deputies/*", DEPUTY, COMMITTEE_STAFF, LEADER, ADMIN)
        .allow(PUT, "/api/v1/units/*", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/units/*/dissolution", COMMITTEE_STAFF, ADMIN)
        .allow(PUT, "/api/v1/stations/*", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/stations/*/deputies", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/stations/*/detachment", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/stations/*/closure", COMMITTEE_STAFF, ADMIN)
        .allow(GET, "/api/v1/stations/presence", COMMITTEE_STAFF, ADMIN)
        .allow(PUT, "/api/v1/reception-days/*", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/reception-days/*/holding", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/reception-days/*/visits", COMMITTEE_STAFF, ADMIN)
        .allow(GET, "/api/v1/reception-days/*/opinions", COMMITTEE_STAFF, ADMIN)
        .allow(GET, "/api/v1/reception-days/*", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/voter-opinions/*/assignment", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/voter-opinions/*/take-up", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/voter-opinions/*/answer", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/voter-opinions/*/feedback", COMMITTEE_STAFF, ADMIN)
        .allow(GET, "/api/v1/voter-opinions/*", COMMITTEE_STAFF, ADMIN)
        .allow(PUT, "/api/v1/trainings/*", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/trainings/*/attendance", COMMITTEE_STAFF, ADMIN)
        .allow(GET, "/api/v1/trainings/*", COMMITTEE_STAFF, ADMIN)
        .allow(GET, "/api/v1/trainings", COMMITTEE_STAFF, ADMIN)
        .allow(GET, "/api/v1/training-attendance", COMMITTEE_STAFF, ADMIN)
        .allow(PUT, "/api/v1/contacts/*", DEPUTY, COMMITTEE_STAFF, ADMIN)
        .allow(GET, "/api/v1/contacts/*", DEPUTY, COMMITTEE_STAFF, ADMIN)
        .allow(GET, "/api/v1/deputies/*/contacts", DEPUTY, COMMITTEE_STAFF, ADMIN)
        .allow(GET, "/api/v1/contact-counts", COMMITTEE_STAFF, LEADER, ADMIN)
        .allow(PUT, "/api/v1/congresses/*", ADMIN)
        .allow(PUT, "/api/v1/working-bodies/*", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/working-bodies/*/dissolution", COMMITTEE_STAFF, ADMIN)
        .signedIn(GET, "/api/v1/congresses")
        .signedIn(GET, "/api/v1/congresses/*")
        .signedIn(GET, "/api/v1/working-bodies")
        .signedIn(GET, "/api/v1/working-bodies/*")
        .signedIn(GET, "/api/v1/stations")
        .signedIn(GET, "/api/v1/stations/*")
        .signedIn(GET, "/api/v1/units")
        .signedIn(GET, "/api/v1/units/*")
        .build();
  }
}
