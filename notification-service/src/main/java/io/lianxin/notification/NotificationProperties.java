package io.lianxin.notification;

import io.lianxin.notification.domain.HourlyLimit;
import io.lianxin.notification.domain.RetryPolicy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.time.LocalTime;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The notification service's settings ({@code lianxin.notification.*}); the congress's time zone
 * is the shared {@code lianxin.zone}.
 *
 * @param hourlyLimit non-urgent e-mails one person gets in a clock hour at most
 * @param maxAttempts attempts of a delivery before it fails for good
 * @param retryBackoff the wait after the first failed attempt (doubling after each further one)
 * @param maxRetryBackoff the longest wait between attempts
 * @param sendLease how long a worker holds a delivery it claimed; then another replica takes over
 * @param sendConcurrency deliveries sent at once (SMTP and webhooks wait on the network)
 * @param deliveryInterval pause between the delivery worker's runs
 * @param digestAt digests go after this time of day (congress time), for the period before
 * @param digestInterval pause between the digest job's runs
 * @param mailFrom the From of every e-mail
 * @param publicBaseUrl where people reach this service: the links in e-mails (preferences, unsubscribe)
 *     and the public feed's own address
 * @param publicSiteUrl where the public reads a congress's published items (suggestion-service's
 *     public pages, or the gateway before it): the public feed's entries link there
 * @param webhookAllowPrivate whether webhooks may call loopback, private and link-local addresses
 *     (the devstack and tests; never in production)
 * @param routes the routing table (a Spring resource location)
 * @param streamPoll how often an open live inbox looks for new notifications
 * @param streamTimeout how long a live inbox stays open before the client reconnects
 */
@Validated
@ConfigurationProperties("lianxin.notification")
public record NotificationProperties(
    @Positive Integer hourlyLimit,
    @Positive Integer maxAttempts,
    @DurationMin(nanos = 0) Duration retryBackoff,
    @DurationMin(nanos = 0) Duration maxRetryBackoff,
    @DurationMin(millis = 1) Duration sendLease,
    @Positive Integer sendConcurrency,
    @DurationMin(millis = 1) Duration deliveryInterval,
    LocalTime digestAt,
    @DurationMin(millis = 1) Duration digestInterval,
    @NotBlank String mailFrom,
    @NotBlank @Pattern(regexp = "^https?://\\S+$") String publicBaseUrl,
    @NotBlank @Pattern(regexp = "^https?://\\S+$") String publicSiteUrl,
    Boolean webhookAllowPrivate,
    @NotBlank String routes,
    @DurationMin(millis = 1) Duration streamPoll,
    @DurationMin(millis = 1) Duration streamTimeout) {

  /** Its bean name, for the schedules' expressions ({@code #{@'…'.deliveryInterval()}}). */
  public static final String BEAN = "lianxin.notification-io.lianxin.notification.NotificationProperties";

  public NotificationProperties {
    hourlyLimit = hourlyLimit == null ? 20 : hourlyLimit;
    maxAttempts = maxAttempts == null ? 6 : maxAttempts;
    retryBackoff = retryBackoff == null ? Duration.ofSeconds(30) : retryBackoff;
    maxRetryBackoff = maxRetryBackoff == null ? Duration.ofHours(1) : maxRetryBackoff;
    sendLease = sendLease == null ? Duration.ofMinutes(2) : sendLease;
    sendConcurrency = sendConcurrency == null ? 8 : sendConcurrency;
    deliveryInterval = deliveryInterval == null ? Duration.ofSeconds(1) : deliveryInterval;
    digestAt = digestAt == null ? LocalTime.of(8, 0) : digestAt;
    digestInterval = digestInterval == null ? Duration.ofMinutes(5) : digestInterval;
    mailFrom = mailFrom == null ? "连心 Lianxin <noreply@lianxin.local>" : mailFrom;
    publicBaseUrl = publicBaseUrl == null ? "http://127.0.0.1:8084" : publicBaseUrl;
    publicSiteUrl = publicSiteUrl == null ? "http://127.0.0.1:8081" : publicSiteUrl;
    webhookAllowPrivate = webhookAllowPrivate != null && webhookAllowPrivate;
    routes = routes == null ? "classpath:lianxin/notification-routes.json" : routes;
    streamPoll = streamPoll == null ? Duration.ofMillis(500) : streamPoll;
    streamTimeout = streamTimeout == null ? Duration.ofMinutes(30) : streamTimeout;
  }

  /** Every setting at its default. */
  public static NotificationProperties defaults() {
    return new NotificationProperties(null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null);
  }

  public RetryPolicy retryPolicy() {
    return new RetryPolicy(maxAttempts, retryBackoff, maxRetryBackoff);
  }

  public HourlyLimit emailLimit() {
    return new HourlyLimit(hourlyLimit);
  }
}
