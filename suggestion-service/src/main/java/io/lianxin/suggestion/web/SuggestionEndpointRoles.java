package io.lianxin.suggestion.web;

import static io.lianxin.chassis.domain.Role.ADMIN;
import static io.lianxin.chassis.domain.Role.COMMITTEE_STAFF;
import static io.lianxin.chassis.domain.Role.DEPUTY;
import static io.lianxin.chassis.domain.Role.LEADER;
import static io.lianxin.chassis.domain.Role.UNIT_HANDLER;
import static io.lianxin.chassis.domain.Role.UNIT_HEAD;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import io.lianxin.chassis.security.EndpointRoles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which endpoint of the suggestion API at all (README, "A suggestion's whole life");
 * which items they may act on is decided with the item. PUBLIC residents have no part here: the
 * published items are under {@code /api/v1/public}.
 */
@Configuration(proxyBeanMethods = false)
class SuggestionEndpointRoles {

  private static final String ITEM = "/api/v1/suggestions/*";

  @Bean
  EndpointRoles endpointRoles() {
    return EndpointRoles.builder()
        .allow(GET, "/api/v1/suggestions/worklists", COMMITTEE_STAFF, LEADER)
        .allow(GET, "/api/v1/suggestions/queue", UNIT_HANDLER, UNIT_HEAD)
        .allow(GET, "/api/v1/suggestions/worklists/*", COMMITTEE_STAFF, LEADER)
        // the commitments ledger: the office and leaders all of it, a unit its own commitments
        .allow(GET, "/api/v1/suggestions/statistics/commitments", COMMITTEE_STAFF, LEADER, UNIT_HANDLER, UNIT_HEAD)
        .allow(GET, "/api/v1/suggestions/statistics/**", COMMITTEE_STAFF, LEADER)
        .allow(GET, "/api/v1/suggestions/statistics", COMMITTEE_STAFF, LEADER)
        .allow(POST, "/api/v1/suggestions/assignments", COMMITTEE_STAFF)
        .allow(POST, "/api/v1/suggestions", DEPUTY)
        .allow(GET, "/api/v1/suggestions", DEPUTY, COMMITTEE_STAFF, LEADER, UNIT_HANDLER, UNIT_HEAD, ADMIN)
        .allow(GET, ITEM, DEPUTY, COMMITTEE_STAFF, LEADER, UNIT_HANDLER, UNIT_HEAD, ADMIN)
        .allow(GET, ITEM + "/history", DEPUTY, COMMITTEE_STAFF, LEADER, UNIT_HANDLER, UNIT_HEAD, ADMIN)
        .allow(PUT, ITEM, DEPUTY)
        .allow(POST, ITEM + "/co-signature", DEPUTY)
        .allow(POST, ITEM + "/submission", DEPUTY)
        .allow(POST, ITEM + "/withdrawal", DEPUTY)
        .allow(POST, ITEM + "/evaluations", DEPUTY)
        .allow(POST, ITEM + "/contacts", UNIT_HANDLER, UNIT_HEAD)
        .allow(POST, ITEM + "/contacts/*/response", DEPUTY)
        .allow(POST, ITEM + "/dispute", UNIT_HANDLER, UNIT_HEAD)
        .allow(POST, ITEM + "/acceptance", UNIT_HANDLER, UNIT_HEAD)
        .allow(POST, ITEM + "/co-unit-opinions", UNIT_HANDLER, UNIT_HEAD)
        .allow(POST, ITEM + "/reply-draft", UNIT_HANDLER)
        .allow(POST, ITEM + "/reply", UNIT_HEAD)
        .allow(POST, ITEM + "/commitments/*/fulfilment", UNIT_HANDLER, UNIT_HEAD)
        .allow(POST, ITEM + "/supervision-notes", LEADER)
        .allow(POST, ITEM + "/supervision-notes/*/progress-report", UNIT_HANDLER, UNIT_HEAD)
        .allow(POST, ITEM + "/inspections", DEPUTY)
        .allow(POST, ITEM + "/reply-sign-off", LEADER)
        // the committee office's steps: return, register, decline, merge, assign, reassign, re-handling,
        // close, publish or withhold, key item, working group, direct channel, instruction, look-back, reply review
        .allow(POST, ITEM + "/*", COMMITTEE_STAFF)
        .build();
  }
}
