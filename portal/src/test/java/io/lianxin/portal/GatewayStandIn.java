package io.lianxin.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server standing in for the gateway: it answers what a test told it to for a method and path, with
 * the JSON the services answer, and keeps every request it received (method, path, query, headers, body).
 */
final class GatewayStandIn implements AutoCloseable {

  /** A request as the stand-in received it; the query decoded. */
  record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {

    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
  }

  private record Answer(int status, String contentType, String body, String disposition) {

    Answer(int status, String contentType, String body) {
      this(status, contentType, body, null);
    }
  }

  private final HttpServer server;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();

  GatewayStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Answers {@code method path} (the path without its query) with JSON. */
  void answer(String method, String path, int status, String json) {
    answers.put(method + " " + path, new Answer(status, status >= 400 ? "application/problem+json"
        : "application/json", json));
  }

  /** Answers {@code method path} with a file: its type, its Content-Disposition and its text. */
  void answerFile(String method, String path, String contentType, String disposition, String body) {
    answers.put(method + " " + path, new Answer(200, contentType, body, disposition));
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  List<Received> received(String method, String path) {
    return received.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
  }

  void reset() {
    answers.clear();
    received.clear();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String rawQuery = exchange.getRequestURI().getRawQuery();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    received.add(new Received(exchange.getRequestMethod(), URLDecoder.decode(path, StandardCharsets.UTF_8),
        rawQuery == null ? "" : URLDecoder.decode(rawQuery, StandardCharsets.UTF_8),
        Map.copyOf(exchange.getRequestHeaders()), body));
    Answer answer = answers.getOrDefault(exchange.getRequestMethod() + " "
            + URLDecoder.decode(path, StandardCharsets.UTF_8),
        new Answer(404, "application/problem+json", "{\"type\":\"https://lianxin.io/problems/not-found\","
            + "\"title\":\"未找到 / Not found\",\"status\":404}"));
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", answer.contentType());
    if (answer.disposition() != null) {
      exchange.getResponseHeaders().set("Content-Disposition", answer.disposition());
    }
    exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
