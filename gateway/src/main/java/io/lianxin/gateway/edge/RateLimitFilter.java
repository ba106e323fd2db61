package io.lianxin.gateway.edge;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.lianxin.gateway.GatewayProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Rate limits (限流) on the public and voting paths, after the token was checked: a signed-in caller
 * has a bucket of its own (the token's subject — a person, or a client of the client-credentials
 * grant), a caller without a token one per client address. Over the limit: 429 problem with
 * {@code Retry-After} in seconds. The buckets live in a bounded Caffeine cache (Bucket4j), one
 * gateway's worth: with n replicas a caller gets at most n times the limit.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

  private final ProxyManager<String> buckets;
  private final List<PathPattern> paths;
  private final BucketConfiguration perClient;
  private final BucketConfiguration perIp;

  public RateLimitFilter(ProxyManager<String> buckets, GatewayProperties.RateLimit settings) {
    this.buckets = buckets;
    this.paths = settings.paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
    this.perClient = bucket(settings.perClient());
    this.perIp = bucket(settings.perIp());
  }

  private static BucketConfiguration bucket(GatewayProperties.Limit limit) {
    return BucketConfiguration.builder()
        .addLimit(l -> l.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
        .build();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    PathContainer path = PathContainer.parsePath(request.getRequestURI());
    return "OPTIONS".equals(request.getMethod()) || paths.stream().noneMatch(p -> p.matches(path));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    ConsumptionProbe probe;
    if (caller instanceof JwtAuthenticationToken token) {
      probe = buckets.getProxy("client:" + token.getToken().getSubject(), () -> perClient).tryConsumeAndReturnRemaining(1);
    } else {
      probe = buckets.getProxy("ip:" + request.getRemoteAddr(), () -> perIp).tryConsumeAndReturnRemaining(1);
    }
    if (probe.isConsumed()) {
      response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
      chain.doFilter(request, response);
      return;
    }
    long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
    response.setHeader("Retry-After", Long.toString(retryAfter));
    response.setHeader("X-RateLimit-Remaining", "0");
    GatewayProblem.TOO_MANY_REQUESTS.write(request, response,
        "too many requests from this " + (caller instanceof JwtAuthenticationToken ? "caller" : "address")
            + "; try again in " + retryAfter + " s");
  }
}
