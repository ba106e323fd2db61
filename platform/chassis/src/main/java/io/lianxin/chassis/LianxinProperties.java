package io.lianxin.chassis;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings every service shares ({@code lianxin.*}).
 *
 * @param publishes the topic this service publishes to (created at start-up if missing)
 * @param partitions partitions of topics created here
 * @param replicationFactor replicas of topics created here (3 in production)
 * @param maxRequestBytes larger request bodies get 413
 * @param idempotencyRetention how long an Idempotency-Key and its response are kept
 * @param idempotencyLease how long a request holds its key while running; a claim older than this
 *     that never finished was left by a crash, and a retry takes it over
 * @param idempotencyExcludedPaths POST paths (Ant patterns) where an Idempotency-Key is ignored:
 *     where keeping the response would keep a secret (a secret ballot's receipt)
 * @param management who may read the actuator besides ADMIN
 * @param zone the congress's time zone: what "today", a deadline's day and a date shown to people
 *     mean (the one place it is set; {@code ZoneId} bean)
 */
@ConfigurationProperties("lianxin")
@Validated
public record LianxinProperties(
    String publishes,
    @Positive Integer partitions,
    @Positive Short replicationFactor,
    @Positive Long maxRequestBytes,
    Duration idempotencyRetention,
    Duration idempotencyLease,
    List<String> idempotencyExcludedPaths,
    Management management,
    ZoneId zone) {

  /**
   * The credential a Prometheus scraper signs in with (HTTP Basic) to read {@code /actuator/prometheus}
   * only. No password (the default): only ADMIN tokens read metrics.
   *
   * @param scrapeUsername the scraper's user name
   * @param scrapePassword its password, from a secret ({@code LIANXIN_MANAGEMENT_SCRAPEPASSWORD})
   */
  public record Management(String scrapeUsername, String scrapePassword) {
    public Management {
      scrapeUsername = scrapeUsername == null || scrapeUsername.isBlank() ? "prometheus" : scrapeUsername;
    }
  }

  public LianxinProperties {
    partitions = partitions == null ? 6 : partitions;
    replicationFactor = replicationFactor == null ? 1 : replicationFactor;
    maxRequestBytes = maxRequestBytes == null ? 256 * 1024L : maxRequestBytes;
    idempotencyRetention = idempotencyRetention == null ? Duration.ofHours(24) : idempotencyRetention;
    idempotencyLease = idempotencyLease == null ? Duration.ofSeconds(30) : idempotencyLease;
    idempotencyExcludedPaths = idempotencyExcludedPaths == null ? List.of() : idempotencyExcludedPaths;
    management = management == null ? new Management(null, null) : management;
    zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
  }
}
