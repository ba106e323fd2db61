package io.lianxin.supervision.web;

import static io.lianxin.chassis.domain.Role.ADMIN;
import static io.lianxin.chassis.domain.Role.COMMITTEE_STAFF;
import static io.lianxin.chassis.domain.Role.DEPUTY;
import static io.lianxin.chassis.domain.Role.LEADER;
import static io.lianxin.chassis.domain.Role.UNIT_HANDLER;
import static io.lianxin.chassis.domain.Role.UNIT_HEAD;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import io.lianxin.chassis.security.EndpointRoles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call the oversight API at all: the office (committee staff) issues opinions and runs
 * the loop; the body's unit handlers and head answer their own opinions (the use case decides
 * whose); leaders, the office and admins read all of the congress; deputies read the published
 * ones; anyone reads the public paths. Livelihood projects' trackings: every signed-in caller reads
 * them, the office sets them up and asks for the deputies' vote, the responsible department reports
 * progress (its own), the office or a deputy records a group's site inspection.
 */
@Configuration(proxyBeanMethods = false)
class SupervisionEndpointRoles {

  @Bean
  EndpointRoles endpointRoles() {
    return EndpointRoles.builder()
        .allow(POST, "/api/v1/opinions", COMMITTEE_STAFF, ADMIN)
        .allow(GET, "/api/v1/opinions", COMMITTEE_STAFF, LEADER, ADMIN, UNIT_HANDLER, UNIT_HEAD, DEPUTY)
        .allow(GET, "/api/v1/opinions/*", COMMITTEE_STAFF, LEADER, ADMIN, UNIT_HANDLER, UNIT_HEAD, DEPUTY)
        .allow(POST, "/api/v1/opinions/*/rectification-list", UNIT_HANDLER, UNIT_HEAD)
        .allow(POST, "/api/v1/opinions/*/rectification-list/rejection", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/opinions/*/measures/*/progress", UNIT_HANDLER, UNIT_HEAD)
        .allow(POST, "/api/v1/opinions/*/report", UNIT_HANDLER, UNIT_HEAD)
        .allow(POST, "/api/v1/opinions/*/satisfaction-vote", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/opinions/*/accountability", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/opinions/*/reinspections", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/opinions/*/publication", COMMITTEE_STAFF, ADMIN)
        .allow(GET, "/api/v1/reports/opinions", COMMITTEE_STAFF, LEADER, ADMIN)
        .signedIn(GET, "/api/v1/trackings")
        .signedIn(GET, "/api/v1/trackings/*")
        .allow(POST, "/api/v1/trackings/*/setup", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/trackings/*/milestones/*/progress", UNIT_HANDLER, UNIT_HEAD)
        .allow(POST, "/api/v1/trackings/*/inspections", COMMITTEE_STAFF, ADMIN, DEPUTY)
        .allow(POST, "/api/v1/trackings/*/satisfaction-vote", COMMITTEE_STAFF, ADMIN)
        .build();
  }
}
