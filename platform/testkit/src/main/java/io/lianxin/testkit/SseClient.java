package io.lianxin.testkit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A small Server-Sent Events client for tests: collects events as they arrive. */
public final class SseClient implements AutoCloseable {

  /** One received event. */
  public record Event(String id, String name, String data) {}

  private final List<Event> events = new CopyOnWriteArrayList<>();
  private final CompletableFuture<HttpResponse<Stream<String>>> response;
  private volatile Stream<String> lines;

  private SseClient(String url, String token, String lastEventId) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token);
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
        .sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
    response.thenAcceptAsync(r -> {
      lines = r.body();
      String[] current = {null, null, ""};
      try {
        lines.forEach(line -> {
          if (line.isEmpty()) {
            if (current[0] != null || !current[2].isEmpty()) {
              events.add(new Event(current[0], current[1], current[2]));
            }
            current[0] = null;
            current[1] = null;
            current[2] = "";
          } else if (line.startsWith("id:")) {
            current[0] = line.substring(3).strip();
          } else if (line.startsWith("event:")) {
            current[1] = line.substring(6).strip();
          } else if (line.startsWith("data:")) {
            current[2] += line.substring(5).strip();
          }
        });
      } catch (RuntimeException closed) {
        // the stream was closed by close()
      }
    });
  }

  /**
   * Opens a stream and returns once the server has answered with its headers — the server has then
   * registered the stream, so anything stored afterwards is sent on it (no race with the test's
   * next step).
   */
  public static SseClient open(String url, String token, String lastEventId) {
    SseClient client = new SseClient(url, token, lastEventId);
    try {
      HttpResponse<Stream<String>> answered = client.response.get(30, java.util.concurrent.TimeUnit.SECONDS);
      if (answered.statusCode() != 200) {
        throw new AssertionError("stream answered " + answered.statusCode());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new AssertionError("stream did not open: " + e, e);
    }
    return client;
  }

  public List<Event> events() {
    return List.copyOf(events);
  }

  /** The first event matching, waiting up to {@code timeout}. */
  public Event await(Predicate<Event> matching, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (Event e : events) {
        if (matching.test(e)) {
          return e;
        }
      }
      Thread.onSpinWait();
      java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
    }
    throw new AssertionError("no matching event in " + timeout + "; received " + events);
  }

  @Override
  public void close() {
    response.cancel(true);
    if (lines != null) {
      lines.close();
    }
  }
}
