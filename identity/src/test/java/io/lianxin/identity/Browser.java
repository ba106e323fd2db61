package io.lianxin.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A real HTTP client with a cookie jar that does not follow redirects: each step of a sign-in is seen. */
final class Browser {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http = HttpClient.newBuilder()
      .cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();

  Browser(String base) {
    this.base = base;
  }

  HttpResponse<String> get(String pathOrUrl) {
    return send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept", "text/html").GET().build());
  }

  HttpResponse<String> getJson(String pathOrUrl) {
    return send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept", "application/json").GET().build());
  }

  HttpResponse<String> postForm(String pathOrUrl, Map<String, String> form) {
    return postForm(pathOrUrl, form, null);
  }

  HttpResponse<String> postForm(String pathOrUrl, Map<String, String> form, String basicAuth) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathOrUrl))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
    if (basicAuth != null) {
      request.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString(basicAuth.getBytes(StandardCharsets.UTF_8)));
    }
    return send(request.build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Follows the login form: GET it, post the user name, the password and its CSRF token. */
  HttpResponse<String> signIn(String username, String password) {
    HttpResponse<String> form = get("/login");
    Matcher csrf = CSRF.matcher(form.body());
    if (form.statusCode() != 200 || !csrf.find()) {
      throw new IllegalStateException("no login form: " + form.statusCode() + " " + form.body());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("username", username);
    fields.put("password", password);
    fields.put("_csrf", csrf.group(1));
    return postForm("/login", fields);
  }

  static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location")
        .orElseThrow(() -> new AssertionError("no Location in a " + response.statusCode() + " answer"));
  }

  /** A query parameter of a URL, decoded, or null. */
  static String queryParameter(String url, String name) {
    String query = URI.create(url).getRawQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (key.equals(name)) {
        return eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private URI uri(String pathOrUrl) {
    return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
  }
}
