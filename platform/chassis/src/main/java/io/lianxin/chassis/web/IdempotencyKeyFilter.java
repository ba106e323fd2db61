package io.lianxin.chassis.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;

/**
 * {@code Idempotency-Key} for POST commands: the first request with a key runs and its response
 * is kept; a retry with the same key (same caller, path and body) gets that response again and
 * creates nothing. The same key with a different body is refused (422); a retry while the first
 * is still running gets 409 with {@code Retry-After}. Claiming a key is one insert on a unique id,
 * so two concurrent retries cannot both run. A claim is leased: when the process that ran the first
 * request died before it answered (a crash), a retry after the lease takes the key over and runs
 * again — commands that create something derive its id from the key, so the retry finds what the
 * first one wrote instead of creating it twice. Responses of 5xx are not kept: the client may retry
 * them. On excluded paths the header is ignored: nothing about the request is kept.
 */
public class IdempotencyKeyFilter extends OncePerRequestFilter {

  public static final String HEADER = "Idempotency-Key";
  static final String COLLECTION = "idempotency_keys";

  private final MongoTemplate mongo;
  private final Clock clock;
  private final Duration lease;

  private final List<String> excludedPaths;
  private final AntPathMatcher paths = new AntPathMatcher();
  /** Matched on the decoded path, as the dispatcher routes it: {@code %62allots} is {@code ballots}. */
  private static final UrlPathHelper DECODED_PATHS = new UrlPathHelper();

  public IdempotencyKeyFilter(MongoTemplate mongo, Clock clock, Duration retention, Duration lease,
      List<String> excludedPaths) {
    this.mongo = mongo;
    this.clock = clock;
    this.lease = lease;
    this.excludedPaths = List.copyOf(excludedPaths);
    mongo.indexOps(COLLECTION).createIndex(
        new Index().on("createdAt", Sort.Direction.ASC).expire(retention.toSeconds(), TimeUnit.SECONDS));
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
        || excludedPaths.stream().anyMatch(p -> paths.match(p, DECODED_PATHS.getPathWithinApplication(request)));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(HEADER);
    if (key.isBlank() || key.length() > 200) {
      Problems.VALIDATION.write(request, response, "Idempotency-Key must have 1 to 200 characters",
          Map.of("errors", java.util.List.of(Map.of("field", HEADER, "message", "1 to 200 characters"))));
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    String who = caller == null ? "anonymous" : caller.getName();
    String id = sha256((who + "\n" + request.getRequestURI() + "\n" + key).getBytes(StandardCharsets.UTF_8));
    String fingerprint = sha256(body);

    java.time.Instant now = clock.instant();
    Document claim = new Document("_id", id).append("state", "IN_PROGRESS").append("fingerprint", fingerprint)
        .append("createdAt", Date.from(now)).append("leaseUntil", Date.from(now.plus(lease)));
    try {
      mongo.insert(claim, COLLECTION);
    } catch (DuplicateKeyException e) {
      if (!takeOverAbandoned(id, fingerprint, now)) {
        replay(mongo.findById(id, Document.class, COLLECTION), fingerprint, request, response);
        return;
      }
    }

    ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
    boolean kept = false;
    try {
      chain.doFilter(new ReplayedBodyRequest(request, body), captured);
      if (captured.getStatus() < 500) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update()
            .set("state", "COMPLETED")
            .set("status", captured.getStatus())
            .set("contentType", captured.getContentType())
            .set("location", captured.getHeader("Location"))
            .set("body", new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8)), COLLECTION);
        kept = true;
      }
    } finally {
      if (!kept) {
        mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION);
      }
      captured.copyBodyToResponse();
    }
  }

  /** A claim still IN_PROGRESS after its lease was left by a process that died: this request takes it. */
  private boolean takeOverAbandoned(String id, String fingerprint, java.time.Instant now) {
    Document taken = mongo.findAndModify(
        Query.query(Criteria.where("_id").is(id).and("state").is("IN_PROGRESS").and("fingerprint").is(fingerprint)
            .and("leaseUntil").lt(Date.from(now))),
        new Update().set("leaseUntil", Date.from(now.plus(lease))), Document.class, COLLECTION);
    return taken != null;
  }

  private void replay(Document first, String fingerprint, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (first == null) {
      response.setHeader("Retry-After", "1");
      Problems.IDEMPOTENCY_IN_PROGRESS.write(request, response, "the first request with this key just ended; retry", Map.of());
    } else if (!fingerprint.equals(first.getString("fingerprint"))) {
      Problems.IDEMPOTENCY_MISMATCH.write(request, response, "this Idempotency-Key was used with a different body", Map.of());
    } else if (!"COMPLETED".equals(first.getString("state"))) {
      Date until = first.getDate("leaseUntil");
      long seconds = until == null ? 1 : Math.max(1, Duration.between(clock.instant(), until.toInstant()).toSeconds() + 1);
      response.setHeader("Retry-After", String.valueOf(seconds));
      Problems.IDEMPOTENCY_IN_PROGRESS.write(request, response, "the first request with this key is still running",
          Map.of());
    } else {
      response.setStatus(first.getInteger("status"));
      if (first.getString("contentType") != null) {
        response.setContentType(first.getString("contentType"));
      }
      if (first.getString("location") != null) {
        response.setHeader("Location", first.getString("location"));
      }
      response.setHeader("Idempotent-Replayed", "true");
      byte[] bytes = first.getString("body").getBytes(StandardCharsets.UTF_8);
      response.setContentLength(bytes.length);
      response.getOutputStream().write(bytes);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The request with its already-read body available again to the controller. */
  private static final class ReplayedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    ReplayedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
