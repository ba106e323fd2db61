package io.lianxin.portal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript over real HTTP: a cookie jar, redirects followed one by one (each step can be seen),
 * every answer kept so that a test can show what the browser was ever given.
 */
final class Browser {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final List<HttpResponse<String>> seen = new ArrayList<>();

  HttpResponse<String> get(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build());
  }

  HttpResponse<String> post(String url, Map<String, String> form) {
    return post(url, List.copyOf(form.entrySet()));
  }

  /** A form whose fields may repeat (several checkboxes of one name), in the order given. */
  HttpResponse<String> post(String url, List<Map.Entry<String, String>> form) {
    String body = form.stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /** The next step of a redirect. */
  HttpResponse<String> next(HttpResponse<String> redirect) {
    return get(redirect.uri().resolve(location(redirect)).toString());
  }

  /** Follows redirects from an answer until a page (or {@code max} steps), as a browser would. */
  HttpResponse<String> follow(HttpResponse<String> response, int max) {
    HttpResponse<String> current = response;
    for (int i = 0; i < max && current.statusCode() / 100 == 3; i++) {
      current = next(current);
    }
    return current;
  }

  static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElseThrow(
        () -> new AssertionError("no Location in " + response.statusCode() + " " + response.uri()));
  }

  static String csrf(HttpResponse<String> page) {
    Matcher matcher = CSRF.matcher(page.body());
    if (!matcher.find()) {
      throw new AssertionError("no CSRF token in " + page.uri() + ": " + page.body());
    }
    return matcher.group(1);
  }

  /** Everything the browser was given: status lines' headers and bodies. */
  String everythingSeen() {
    return seen.stream().map(r -> r.headers().map() + "\n" + r.body()).collect(Collectors.joining("\n"));
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      seen.add(response);
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
