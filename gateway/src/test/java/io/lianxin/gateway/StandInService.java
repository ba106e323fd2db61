package io.lianxin.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server standing in for one service: it answers 200 with its name and what it received
 * (method, path, query, headers), after an optional delay, and remembers every request.
 */
final class StandInService implements AutoCloseable {

  /** What the stand-in received. */
  record Received(String method, String path, Map<String, List<String>> headers, int bodyBytes) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String name;
  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile Duration delay = Duration.ZERO;

  StandInService(String name) {
    this.name = name;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext("/", this::answer);
    server.setExecutor(Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "stand-in-" + name);
      t.setDaemon(true);
      return t;
    }));
    server.start();
  }

  String name() {
    return name;
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  Received last() {
    return received.get(received.size() - 1);
  }

  void forget() {
    received.clear();
  }

  void answerAfter(Duration delay) {
    this.delay = delay;
  }

  private void answer(HttpExchange exchange) throws IOException {
    int bodyBytes = exchange.getRequestBody().readAllBytes().length;
    Received r = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
        Map.copyOf(exchange.getRequestHeaders()), bodyBytes);
    received.add(r);
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("service", name);
    body.put("method", r.method());
    body.put("path", r.path());
    body.put("headers", r.headers());
    byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    try {
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } catch (IOException gatewayGaveUp) {
      // the gateway stopped waiting (timeout): nobody reads this answer
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
