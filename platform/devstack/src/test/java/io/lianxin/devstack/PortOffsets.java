package io.lianxin.devstack;

/**
 * The port offset of each test that starts a whole devstack, kept in one place so that no two share one.
 *
 * <p>Every port they give (27017 + offset the highest) stays below 32768: Linux hands the ports 32768–60999 to
 * outgoing connections, so a fixed port in that range can be held by any client socket of the test JVM — a Kafka or
 * HTTP client of the test before it — and the devstack's start then refuses it as "already in use" (CI, twice).
 * The offsets differ by 1,000, which no two of the devstack's base ports do.
 */
final class PortOffsets {

  static final int DEV_STACK = 1_000;
  static final int CRASH = 2_000;
  static final int SUPERVISION_LOOP = 3_000;
  static final int EDGE = 4_000;
  static final int PORTAL_BROWSER = 5_000;

  private PortOffsets() {}
}
