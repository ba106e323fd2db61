package io.lianxin.chassis.observability;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * W3C trace context carried through HTTP ({@code traceparent} header) and inside events, so that
 * logs of one user action can be followed across services by {@code traceId}. A request without a
 * traceparent starts a new trace.
 */
public final class TraceContext {

  private static final Pattern TRACEPARENT = Pattern.compile("^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$");
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
  private static final SecureRandom RANDOM = new SecureRandom();

  private TraceContext() {}

  /** The traceparent of the work in progress on this thread, or null. */
  public static String currentTraceparent() {
    return CURRENT.get();
  }

  /** Continues the given trace (a new span id), or starts one when it is missing or malformed. */
  public static Scope continueFrom(String traceparent) {
    String traceId;
    var matcher = traceparent == null ? null : TRACEPARENT.matcher(traceparent);
    if (matcher != null && matcher.matches()) {
      traceId = matcher.group(1);
    } else {
      traceId = hex(16);
    }
    String previous = CURRENT.get();
    CURRENT.set("00-" + traceId + "-" + hex(8) + "-01");
    MDC.put("traceId", traceId);
    return () -> {
      if (previous == null) {
        CURRENT.remove();
        MDC.remove("traceId");
      } else {
        CURRENT.set(previous);
        MDC.put("traceId", previous.substring(3, 35));
      }
    };
  }

  private static String hex(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return HexFormat.of().formatHex(value);
  }

  /** Ends the trace scope; never throws. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
