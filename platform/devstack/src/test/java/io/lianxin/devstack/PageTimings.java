package io.lianxin.devstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Page-load figures of the portal's pages as Chromium measured them (Navigation Timing): a benchmark figure for the
 * log, not an assertion. {@code server} is {@code responseEnd - requestStart} of the page's own request (after any
 * redirect), so the gateway, the portal and the API calls the portal makes for the page; {@code load} is from the
 * start of the navigation (redirects included) to the load event.
 */
final class PageTimings {

  record Row(String role, String page, String path, double serverMs, double loadMs, int redirects, long bytes) {}

  private final List<Row> rows = new ArrayList<>();

  synchronized void add(Row row) {
    rows.add(row);
  }

  synchronized List<Row> rows() {
    return List.copyOf(rows);
  }

  /** The table printed at the end of the test. */
  synchronized String table() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n%-8s %-32s %-44s %9s %9s %4s %8s%n", "role",
        "page", "path", "server ms", "load ms", "redir", "KB"));
    for (Row r : rows) {
      String path = r.path().length() > 44 ? r.path().substring(0, 41) + "..." : r.path();
      out.append(String.format(Locale.ROOT, "%-8s %-32s %-44s %9.0f %9.0f %4d %8.1f%n", r.role(), r.page(), path,
          r.serverMs(), r.loadMs(), r.redirects(), r.bytes() / 1024.0));
    }
    double[] server = rows.stream().mapToDouble(Row::serverMs).sorted().toArray();
    if (server.length > 0) {
      out.append(String.format(Locale.ROOT, "%d pages: server time median %.0f ms, max %.0f ms%n", server.length,
          server[server.length / 2], server[server.length - 1]));
    }
    return out.toString();
  }
}
