package io.lianxin.testkit.indexes;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class during which the services sent a query that no declared index serves (issue 16), naming the
 * query and the code that sent it; then rewrites {@code target/query-indexes.md}. Registered for every
 * integration test by JUnit's extension auto-detection (failsafe's configuration in the root pom).
 */
public final class QueryIndexAuditExtension implements BeforeAllCallback, AfterAllCallback {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(QueryIndexAudit.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getStore(NAMESPACE).put("mark", QueryIndexAudit.instance().mark());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    QueryIndexAudit audit = QueryIndexAudit.instance();
    if (audit.mark() == 0) {
      return; // no service of this JVM talks to MongoDB through an audited client
    }
    audit.writeListing(Path.of("target", "query-indexes.md"));
    Integer mark = context.getStore(NAMESPACE).get("mark", Integer.class);
    List<QueryIndexAudit.Query> unserved = audit.unservedSince(mark == null ? 0 : mark);
    if (!unserved.isEmpty()) {
      throw new AssertionError("queries that no declared index serves (a collection scan on real MongoDB): declare "
          + "the index where the service creates its indexes, or query by one that exists\n"
          + unserved.stream().map(q -> "  " + q.signature()).collect(Collectors.joining("\n")));
    }
  }
}
