package io.lianxin.notification.web;

import static io.lianxin.chassis.domain.Role.ADMIN;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import io.lianxin.chassis.security.EndpointRoles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which endpoint of the notification API at all (README, "Inbox and directory"): the
 * directory and the delivery list are the admin's (a person may read their own entry); the inbox
 * and preferences are everyone's own.
 */
@Configuration(proxyBeanMethods = false)
class NotificationEndpointRoles {

  @Bean
  EndpointRoles endpointRoles() {
    return EndpointRoles.builder()
        .allow(GET, "/api/v1/admin/**", ADMIN)
        .allow(PUT, "/api/v1/directory/people/*", ADMIN)
        .signedIn(GET, "/api/v1/directory/people/*")
        .allow(GET, "/api/v1/directory/people", ADMIN)
        .allow(POST, "/api/v1/directory/import", ADMIN)
        .build();
  }
}
