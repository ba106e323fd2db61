package io.lianxin.gateway;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The gateway's own settings ({@code lianxin.gateway.*}); the routes themselves are
 * {@code spring.cloud.gateway.server.webmvc.routes} in gateway.yml.
 *
 * @param services each service's base URI by name (the routes' {@code uri})
 * @param cors the browser origins allowed to call the API (the portal)
 * @param rateLimit the limits per client and per IP on the public and voting paths
 */
@Validated
@ConfigurationProperties("lianxin.gateway")
public record GatewayProperties(@NotEmpty Map<String, URI> services, @Valid Cors cors, @Valid RateLimit rateLimit) {

  public GatewayProperties {
    cors = cors == null ? new Cors(List.of(), null) : cors;
    rateLimit = rateLimit == null ? new RateLimit(null, null, null, 0) : rateLimit;
  }

  /**
   * @param allowedOrigins exact origins, e.g. {@code https://portal.example.gov.cn}
   * @param maxAge how long a browser may cache a preflight answer
   */
  public record Cors(List<String> allowedOrigins, Duration maxAge) {
    public Cors {
      allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
      maxAge = maxAge == null ? Duration.ofHours(1) : maxAge;
    }
  }

  /**
   * @param paths the path patterns limited (the public paths and voting's)
   * @param perClient the bucket of each signed-in caller (the token's subject)
   * @param perIp the bucket of each client address, for calls without a token
   * @param maxKeys how many buckets are kept in memory at most (least recently used are dropped)
   */
  public record RateLimit(List<String> paths, @Valid Limit perClient, @Valid Limit perIp, int maxKeys) {
    public RateLimit {
      paths = paths == null ? List.of() : List.copyOf(paths);
      perClient = perClient == null ? new Limit(120, Duration.ofMinutes(1)) : perClient;
      perIp = perIp == null ? new Limit(60, Duration.ofMinutes(1)) : perIp;
      maxKeys = maxKeys <= 0 ? 100_000 : maxKeys;
    }
  }

  /** A token bucket: {@code capacity} requests, refilled gradually over {@code period}. */
  public record Limit(@Positive long capacity, @NotNull Duration period) {}
}
