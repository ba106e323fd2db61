package io.lianxin.chassis.security;

import io.lianxin.chassis.domain.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * Which roles may call which endpoint at all, decided before the request body is read: a role that
 * may never do something gets 403 whatever it sends. Who may act on a given item (their own, their
 * unit's, their congress's) is decided later, with the item (application and domain). Endpoints a
 * service lists nowhere are open to every signed-in caller; the public paths to anyone. Rules are
 * matched in order, the first that matches decides: list the specific paths before the general.
 */
public final class EndpointRoles {

  /** {@code roles} empty: any signed-in caller. */
  public record Rule(HttpMethod method, String pattern, List<Role> roles) {}

  private final List<Rule> rules;

  private EndpointRoles(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** No rule: every endpoint open to every signed-in caller. */
  public static EndpointRoles none() {
    return new EndpointRoles(List.of());
  }

  public List<Rule> rules() {
    return rules;
  }

  public static final class Builder {
    private final List<Rule> rules = new ArrayList<>();

    /** {@code pattern} as Spring's path patterns: {@code *} one segment, {@code **} the rest. */
    public Builder allow(HttpMethod method, String pattern, Role... roles) {
      if (roles.length == 0) {
        throw new IllegalArgumentException("name the roles, or use signedIn for every caller: " + pattern);
      }
      rules.add(new Rule(method, pattern, Arrays.asList(roles)));
      return this;
    }

    public Builder signedIn(HttpMethod method, String pattern) {
      rules.add(new Rule(method, pattern, List.of()));
      return this;
    }

    public EndpointRoles build() {
      return new EndpointRoles(rules);
    }
  }
}
