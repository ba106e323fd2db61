package io.lianxin.gateway;

import io.lianxin.testkit.DevTokenIssuer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The five services' stand-ins and the gateway's settings pointing at them. */
final class StandIns implements AutoCloseable {

  static final List<String> SERVICES =
      List.of("suggestion-service", "voting-service", "supervision-service", "notification-service", "deputy-service");

  private final Map<String, StandInService> byName = new LinkedHashMap<>();

  StandIns() {
    SERVICES.forEach(s -> byName.put(s, new StandInService(s)));
  }

  StandInService get(String service) {
    return byName.get(service);
  }

  /** Points the gateway at the stand-ins and at the token issuer. */
  void register(DynamicPropertyRegistry registry, DevTokenIssuer issuer) {
    byName.forEach((name, stand) -> registry.add("lianxin.gateway.services." + name, () -> stand.uri().toString()));
    registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer::issuer);
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", issuer::jwkSetUri);
  }

  @Override
  public void close() {
    byName.values().forEach(StandInService::close);
  }

  void forgetAll() {
    byName.values().forEach(StandInService::forget);
  }

  /** How many requests each stand-in received. */
  Map<String, Integer> counts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    byName.forEach((name, stand) -> counts.put(name, stand.received().size()));
    return counts;
  }
}
