package io.lianxin.identity.domain;

import java.util.List;
import java.util.Objects;

/**
 * A service that calls other services in its own name (服务间调用) with the client-credentials grant. Its
 * token's {@code sub} is the client id and its {@code roles} are these; it carries no congress: it acts for
 * none in particular.
 *
 * @param clientId the client id
 * @param secretHash the client secret as a {@code DelegatingPasswordEncoder} hash ({@code {bcrypt}…})
 * @param roles the roles its tokens carry; {@code SERVICE} when none are given
 */
public record ServiceClient(String clientId, String secretHash, List<String> roles) {

  public static final String DEFAULT_ROLE = "SERVICE";

  public ServiceClient {
    if (clientId == null || clientId.isBlank()) {
      throw new IllegalArgumentException("a service client needs a clientId");
    }
    if (secretHash == null || secretHash.isBlank()) {
      throw new IllegalArgumentException("service client " + clientId + " needs a secretHash");
    }
    roles = List.copyOf(Objects.requireNonNullElse(roles, List.of()));
    if (roles.isEmpty()) {
      roles = List.of(DEFAULT_ROLE);
    }
  }
}
