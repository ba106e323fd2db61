package io.lianxin.notification.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.notification.NotificationProperties;
import io.lianxin.notification.application.NotificationService;
import io.lianxin.notification.domain.Notification;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live inbox over Server-Sent Events. Each open stream is looked at every {@code poll} for the
 * reader's notifications stored after the last one sent — from the database, so a stream sees
 * notifications stored by any replica. Event ids are notification ids: a client that reconnects
 * with {@code Last-Event-ID} gets what it missed, then the live ones.
 */
@Component
public class InboxStream implements DisposableBean {

  private final NotificationService service;
  private final Duration poll;
  private final Duration timeout;
  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1, r -> {
    Thread t = new Thread(r, "inbox-stream");
    t.setDaemon(true);
    return t;
  });
  private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();

  public InboxStream(NotificationService service, NotificationProperties settings) {
    this.service = service;
    this.poll = settings.streamPoll();
    this.timeout = settings.streamTimeout();
    scheduler.scheduleWithFixedDelay(this::pushAll, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One open stream: whose, and the last notification it was sent. */
  private static final class Subscription {
    final CurrentUser user;
    final SseEmitter emitter;
    volatile Notification last;
    volatile long lastSentNanos = System.nanoTime();

    Subscription(CurrentUser user, SseEmitter emitter, Notification last) {
      this.user = user;
      this.emitter = emitter;
      this.last = last;
    }
  }

  /**
   * Opens a stream. With a known {@code lastEventId} it starts after that notification (sending
   * what was missed); otherwise after the newest one, so only new notifications follow.
   */
  public SseEmitter open(CurrentUser user, String lastEventId) throws IOException {
    SseEmitter emitter = new SseEmitter(timeout.toMillis());
    Notification resumeFrom = lastEventId == null ? null : service.mine(user, lastEventId);
    Subscription subscription = new Subscription(user, emitter, resumeFrom != null ? resumeFrom : service.newest(user));
    emitter.send(SseEmitter.event().comment("connected"));
    send(subscription, service.after(user, subscription.last, 500));
    subscriptions.add(subscription);
    emitter.onCompletion(() -> subscriptions.remove(subscription));
    emitter.onTimeout(() -> subscriptions.remove(subscription));
    emitter.onError(e -> subscriptions.remove(subscription));
    return emitter;
  }

  private void pushAll() {
    for (Subscription s : subscriptions) {
      try {
        send(s, service.after(s.user, s.last, 200));
        if (System.nanoTime() - s.lastSentNanos > Duration.ofSeconds(15).toNanos()) {
          s.emitter.send(SseEmitter.event().comment("keep-alive"));
          s.lastSentNanos = System.nanoTime();
        }
      } catch (Exception gone) {
        subscriptions.remove(s);
        s.emitter.completeWithError(gone);
      }
    }
  }

  private static void send(Subscription s, List<Notification> notifications) throws IOException {
    for (Notification n : notifications) {
      s.emitter.send(SseEmitter.event().id(n.id()).name("notification").data(n, MediaType.APPLICATION_JSON));
      s.last = n;
      s.lastSentNanos = System.nanoTime();
    }
  }

  @Override
  public void destroy() {
    scheduler.shutdownNow();
    subscriptions.forEach(s -> s.emitter.complete());
  }
}
