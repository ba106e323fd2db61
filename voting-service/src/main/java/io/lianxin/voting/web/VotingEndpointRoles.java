package io.lianxin.voting.web;

import static io.lianxin.chassis.domain.Role.ADMIN;
import static io.lianxin.chassis.domain.Role.COMMITTEE_STAFF;
import static io.lianxin.chassis.domain.Role.DEPUTY;
import static io.lianxin.chassis.domain.Role.LEADER;
import static io.lianxin.chassis.domain.Role.PUBLIC;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import io.lianxin.chassis.security.EndpointRoles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which endpoint of the voting API at all (README, "Polls"). Polls, their results and
 * receipts are read by the congress — deputies, staff, leaders, admins (the service shows what the
 * poll's state allows; public polls are under /api/v1/public for anyone); the programmes by every
 * signed-in caller; votes are cast by deputies and leaders on the roll;
 * projects are proposed and supported by residents and deputies; everything else is staff's.
 */
@Configuration(proxyBeanMethods = false)
class VotingEndpointRoles {

  @Bean
  EndpointRoles endpointRoles() {
    return EndpointRoles.builder()
        .allow(POST, "/api/v1/polls", COMMITTEE_STAFF)
        .allow(GET, "/api/v1/polls", DEPUTY, COMMITTEE_STAFF, LEADER, ADMIN)
        .allow(GET, "/api/v1/polls/*/**", DEPUTY, COMMITTEE_STAFF, LEADER, ADMIN)
        .allow(GET, "/api/v1/polls/*", DEPUTY, COMMITTEE_STAFF, LEADER, ADMIN)
        .allow(POST, "/api/v1/polls/*/ballots", DEPUTY, LEADER)
        .allow(POST, "/api/v1/polls/*/receipt-lookup", DEPUTY, COMMITTEE_STAFF, LEADER, ADMIN)
        // the scrutineers' steps (which poll's scrutineer one is, the poll decides)
        .allow(POST, "/api/v1/polls/*/key-ceremony/restart", COMMITTEE_STAFF)
        .allow(POST, "/api/v1/polls/*/key-ceremony/*", DEPUTY, LEADER, COMMITTEE_STAFF)
        .allow(POST, "/api/v1/polls/*/decryptions", DEPUTY, LEADER, COMMITTEE_STAFF)
        .allow(POST, "/api/v1/polls/*/*", COMMITTEE_STAFF)
        .allow(POST, "/api/v1/programmes", COMMITTEE_STAFF)
        .allow(POST, "/api/v1/programmes/*/proposals", PUBLIC, DEPUTY)
        .allow(POST, "/api/v1/proposals/*/supports", PUBLIC, DEPUTY)
        .allow(POST, "/api/v1/proposals/*/merge", COMMITTEE_STAFF)
        .allow(POST, "/api/v1/programmes/*/*", COMMITTEE_STAFF)
        .build();
  }
}
