package io.lianxin.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests and benchmarks: real requests to a running service. */
public final class ApiClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;

  public String baseUrl() {
    return baseUrl;
  }

  public ApiClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Status, headers and body of one response. */
  public record Response(int status, Map<String, java.util.List<String>> headers, String body) {
    public JsonNode json() {
      return body == null || body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
    }

    public String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
  }

  public Response get(String path, String token) {
    return send(request(path, token).GET().build());
  }

  public Response post(String path, String token, Object body) {
    return post(path, token, body, Map.of());
  }

  /** {@code body} is sent as is when it is a String, else as JSON. */
  public Response post(String path, String token, Object body, Map<String, String> headers) {
    String text = body instanceof String s ? s : JSON.writeValueAsString(body);
    HttpRequest.Builder builder = request(path, token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(text));
    headers.forEach(builder::setHeader);
    return send(builder.build());
  }

  /** PUT of a JSON body. */
  public Response put(String path, String token, Object body) {
    String text = body instanceof String s ? s : JSON.writeValueAsString(body);
    return send(request(path, token).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(text)).build());
  }

  /** Any method; {@code body} (JSON text) may be null; {@code headers} are set as given. */
  public Response send(String method, String path, String token, String body, Map<String, String> headers) {
    HttpRequest.Builder builder = request(path, token);
    if (body != null && !headers.containsKey("Content-Type")) {
      builder.header("Content-Type", "application/json");
    }
    headers.forEach(builder::setHeader);
    builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return send(builder.build());
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(120));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
