package io.lianxin.supervision.web;

import static io.lianxin.chassis.domain.Role.ADMIN;
import static io.lianxin.chassis.domain.Role.COMMITTEE_STAFF;
import static io.lianxin.chassis.domain.Role.DEPUTY;
import static io.lianxin.chassis.domain.Role.LEADER;
import static io.lianxin.chassis.domain.Role.PUBLIC;
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
 * progress (its own), the office or a deputy records a group's site inspection. Topics: deputies,
 * residents (PUBLIC) and the office propose, deputies and residents support, the office merges and
 * assesses, every signed-in caller reads. Plans: the office drafts and adds items, the chair's
 * council (LEADER) adopts; anyone reads an adopted plan on the public path. Activities: the office
 * runs them; leaders read them; a deputy reads those they take part in (the use case decides); the office
 * sends an opinion form and records a commitment fulfilled; a deputy the form went to answers it.
 * Performance reviews (述职评议): the office runs them; leaders read them; a unit's people read those
 * reviewing one of their own, their own subjects only (the use case decides).
 */
@Configuration(proxyBeanMethods = false)
class SupervisionEndpointRoles {

  @Bean
  EndpointRoles endpointRoles() {
    return EndpointRoles.builder()
        .allow(POST, "/api/v1/opinions", COMMITTEE_STAFF, ADMIN)
        .allow(GET, "/api/v1/opinions", COMMITTEE_STAFF, LEADER, ADMIN, UNIT_HANDLER, UNIT_HEAD, DEPUTY)
        .allow(GET, "/api/v1/opinions/*", COMMITTEE_STAFF, LEADER, ADMIN, UNIT_HANDLER, UNIT_HEAD, DEPUTY)
        .allow(GET, "/api/v1/opinions/*/history", COMMITTEE_STAFF, LEADER, ADMIN, UNIT_HANDLER, UNIT_HEAD, DEPUTY)
        .allow(POST, "/api/v1/opinions/*/rectification-list", UNIT_HANDLER, UNIT_HEAD)
        .allow(POST, "/api/v1/opinions/*/rectification-list/rejection", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/opinions/*/measures/*/progress", UNIT_HANDLER, UNIT_HEAD)
        .allow(POST, "/api/v1/opinions/*/report", UNIT_HANDLER, UNIT_HEAD)
        .allow(POST, "/api/v1/opinions/*/satisfaction-vote", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/opinions/*/satisfaction-vote/withdrawal", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/opinions/*/accountability", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/opinions/*/reinspections", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/opinions/*/publication", COMMITTEE_STAFF, ADMIN)
        .allow(GET, "/api/v1/reports/opinions", COMMITTEE_STAFF, LEADER, ADMIN)
        .allow(GET, "/api/v1/reports/opinions/export", COMMITTEE_STAFF, LEADER, ADMIN)
        .signedIn(GET, "/api/v1/trackings")
        .signedIn(GET, "/api/v1/trackings/*")
        .allow(POST, "/api/v1/trackings/*/setup", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/trackings/*/milestones/*/progress", UNIT_HANDLER, UNIT_HEAD)
        .allow(POST, "/api/v1/trackings/*/inspections", COMMITTEE_STAFF, ADMIN, DEPUTY)
        .allow(POST, "/api/v1/trackings/*/satisfaction-vote", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/trackings/*/satisfaction-vote/withdrawal", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/topics", DEPUTY, PUBLIC, COMMITTEE_STAFF, ADMIN)
        .signedIn(GET, "/api/v1/topics")
        .signedIn(GET, "/api/v1/topics/*")
        .allow(POST, "/api/v1/topics/*/supports", DEPUTY, PUBLIC)
        .allow(POST, "/api/v1/topics/*/merge", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/topics/*/feasibility", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/plans", COMMITTEE_STAFF, ADMIN)
        .allow(GET, "/api/v1/plans/*", COMMITTEE_STAFF, LEADER, ADMIN)
        .allow(POST, "/api/v1/plans/*/items", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/plans/*/adoption", LEADER)
        .allow(GET, "/api/v1/activities", COMMITTEE_STAFF, LEADER, ADMIN, DEPUTY)
        .allow(GET, "/api/v1/activities/*", COMMITTEE_STAFF, LEADER, ADMIN, DEPUTY)
        .allow(POST, "/api/v1/activities/*/preparation", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/activities/*/allocation", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/activities/*/lead-speakers", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/activities/*/hearing", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/activities/*/questions", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/activities/*/questions/*/answer", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/activities/*/questions/*/commitment/fulfilment", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/activities/*/opinion-form", COMMITTEE_STAFF, ADMIN)
        .allow(GET, "/api/v1/activities/*/opinion-form", COMMITTEE_STAFF, LEADER, ADMIN, DEPUTY)
        .allow(POST, "/api/v1/activities/*/opinion-form/answers", DEPUTY)
        .allow(POST, "/api/v1/activities/*/opinion", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/activities/*/closure", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/activities/*/cancellation", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/performance-reviews", COMMITTEE_STAFF, ADMIN)
        .allow(GET, "/api/v1/performance-reviews", COMMITTEE_STAFF, LEADER, ADMIN, UNIT_HANDLER, UNIT_HEAD)
        .allow(GET, "/api/v1/performance-reviews/*", COMMITTEE_STAFF, LEADER, ADMIN, UNIT_HANDLER, UNIT_HEAD)
        .allow(POST, "/api/v1/performance-reviews/*/subjects/*/report", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/performance-reviews/*/subjects/*/interviews", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/performance-reviews/*/subjects/*/case-files", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/performance-reviews/*/subjects/*/opinion", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/performance-reviews/*/score-vote", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/performance-reviews/*/score-vote/withdrawal", COMMITTEE_STAFF, ADMIN)
        .allow(POST, "/api/v1/performance-reviews/*/closure", COMMITTEE_STAFF, ADMIN)
        .allow(GET, "/api/v1/reports/allocations", COMMITTEE_STAFF, LEADER, ADMIN)
        .allow(GET, "/api/v1/reports/lead-speakers", COMMITTEE_STAFF, LEADER, ADMIN)
        .allow(GET, "/api/v1/reports/allocations/export", COMMITTEE_STAFF, LEADER, ADMIN)
        .allow(GET, "/api/v1/reports/lead-speakers/export", COMMITTEE_STAFF, LEADER, ADMIN)
        .build();
  }
}
