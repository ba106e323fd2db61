package io.lianxin.testkit.indexes;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Every query a service's code sends to MongoDB during its integration tests, checked against the indexes the
 * service declares (issue 16): a query whose filter has neither {@code _id} nor the first key of a declared index
 * would scan its collection on real MongoDB (the Mongo-wire server of the tests scans anyway, so nothing else would
 * notice). Indexes are learnt from the {@code createIndexes} commands the services send at start-up; queries from
 * test code are not the services' and are left out. The listing of every query with the index that serves it is
 * written to {@code target/query-indexes.md}.
 */
public final class QueryIndexAudit implements CommandListener {

  /**
   * A query of the services' code: where it was sent from, its collection, the fields its filter constrains for every
   * document it matches, and the branches of its top-level {@code $or} (each a set of fields; empty when none).
   */
  public record Query(String origin, String command, String collection, Set<String> fields, List<Set<String>> or) {

    String signature() {
      return collection + " " + command + " " + fields + (or.isEmpty() ? "" : " $or " + or) + " from " + origin;
    }
  }

  private static final QueryIndexAudit INSTANCE = new QueryIndexAudit(QueryIndexAudit::serviceOrigin);
  private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
  private static final Set<String> QUERY_COMMANDS =
      Set.of("find", "count", "distinct", "aggregate", "update", "delete", "findAndModify", "findandmodify");

  /** Per collection, the key fields of each declared index, in order. */
  private final Map<String, Set<List<String>>> indexes = new ConcurrentHashMap<>();
  private final List<Query> queries = new CopyOnWriteArrayList<>();
  private final Set<String> seen = ConcurrentHashMap.newKeySet();

  /** Where a query comes from: the services' frame, or empty for test code. */
  private final Supplier<Optional<String>> origins;

  QueryIndexAudit(Supplier<Optional<String>> origins) {
    this.origins = origins;
  }

  public static QueryIndexAudit instance() {
    return INSTANCE;
  }

  @Override
  public void commandStarted(CommandStartedEvent event) {
    String name = event.getCommandName();
    BsonDocument command = event.getCommand();
    if ("createIndexes".equals(name)) {
      String collection = command.getString("createIndexes").getValue();
      for (BsonValue index : command.getArray("indexes", new BsonArray())) {
        List<String> keys = new ArrayList<>(index.asDocument().getDocument("key").keySet());
        indexes.computeIfAbsent(collection, c -> ConcurrentHashMap.newKeySet()).add(keys);
      }
      return;
    }
    if (!QUERY_COMMANDS.contains(name) || !command.get(name, new BsonDocument()).isString()) {
      return;
    }
    Optional<String> origin = origins.get();
    if (origin.isEmpty()) {
      return;
    }
    String collection = command.getString(name).getValue();
    for (BsonDocument filter : filters(name, command)) {
      Set<String> fields = new LinkedHashSet<>();
      List<Set<String>> or = new ArrayList<>();
      collectFields(filter, fields, or);
      Query query = new Query(origin.get(), name, collection, fields, or);
      if (seen.add(query.signature())) {
        queries.add(query);
      }
    }
  }

  /** How many queries are known; {@link #unservedSince} takes it as a mark. */
  public int mark() {
    return queries.size();
  }

  /** The queries recorded after the mark that no declared index (nor {@code _id}) serves. */
  public List<Query> unservedSince(int mark) {
    List<Query> unserved = new ArrayList<>();
    for (Query query : queries.subList(mark, queries.size())) {
      if (servingIndex(query).isEmpty()) {
        unserved.add(query);
      }
    }
    return unserved;
  }

  /**
   * The index that serves a query: {@code _id}, or of the declared indexes whose first key the filter names the one
   * with the longest such prefix. A query without a filter reads its whole collection by design (a list of every
   * congress): no index would make it read less.
   */
  public Optional<String> servingIndex(Query query) {
    Optional<String> byFields = servingIndex(query.collection(), query.fields());
    if (byFields.isPresent() || query.or().isEmpty()) {
      return byFields.or(() -> query.fields().isEmpty() ? Optional.of("(the whole collection)") : Optional.empty());
    }
    // an $or is served when each of its branches is (MongoDB plans each branch on its own)
    List<String> branches = new ArrayList<>();
    for (Set<String> branch : query.or()) {
      Optional<String> index = servingIndex(query.collection(), branch);
      if (index.isEmpty()) {
        return Optional.empty();
      }
      branches.add(index.get());
    }
    return Optional.of("each branch: " + String.join(" / ", branches));
  }

  private Optional<String> servingIndex(String collection, Set<String> fields) {
    if (fields.contains("_id")) {
      return Optional.of("_id");
    }
    return indexes.getOrDefault(collection, Set.of()).stream()
        .filter(keys -> fields.contains(keys.get(0)))
        .max(Comparator.comparingInt((List<String> keys) -> prefixIn(keys, fields))
            .thenComparing(keys -> String.join(",", keys), Comparator.reverseOrder()))
        .map(keys -> String.join(", ", keys));
  }

  private static int prefixIn(List<String> keys, Set<String> fields) {
    int n = 0;
    while (n < keys.size() && fields.contains(keys.get(n))) {
      n++;
    }
    return n;
  }

  /** Writes every query with the index that serves it, as a table, to {@code file}. */
  public void writeListing(Path file) {
    Map<String, String> rows = new TreeMap<>();
    for (Query query : queries) {
      String key = query.collection() + " | " + query.command() + " | " + String.join(", ", query.fields())
          + (query.or().isEmpty() ? "" : " $or " + query.or());
      rows.merge(key, query.origin() + " | " + servingIndex(query).orElse("**none**"),
          (a, b) -> a.contains(b.split(" \\| ")[0]) ? a : a + "; " + b);
    }
    String text = "# Queries of the services' code in this module's integration tests, and the index serving each\n\n"
        + "| collection | command | filter fields | sent from | index |\n|---|---|---|---|---|\n"
        + rows.entrySet().stream().map(e -> "| " + e.getKey() + " | " + e.getValue() + " |")
            .collect(Collectors.joining("\n")) + "\n";
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<BsonDocument> filters(String name, BsonDocument command) {
    List<BsonDocument> filters = new ArrayList<>();
    switch (name) {
      case "find" -> filters.add(command.getDocument("filter", new BsonDocument()));
      case "count", "distinct", "findAndModify", "findandmodify" ->
          filters.add(command.getDocument("query", new BsonDocument()));
      case "aggregate" -> {
        BsonArray pipeline = command.getArray("pipeline", new BsonArray());
        BsonDocument first = pipeline.isEmpty() ? new BsonDocument() : pipeline.get(0).asDocument();
        filters.add(first.getDocument("$match", new BsonDocument()));
      }
      case "update" -> command.getArray("updates", new BsonArray())
          .forEach(u -> filters.add(u.asDocument().getDocument("q", new BsonDocument())));
      case "delete" -> command.getArray("deletes", new BsonArray())
          .forEach(d -> filters.add(d.asDocument().getDocument("q", new BsonDocument())));
      default -> { }
    }
    return filters;
  }

  /**
   * The fields a filter constrains for every document it matches (top level and under {@code $and}), and the
   * branches of an {@code $or}, whose branches need not name the same field ({@code $nor}, a negation, narrows
   * nothing an index could find).
   */
  private static void collectFields(BsonDocument filter, Set<String> fields, List<Set<String>> or) {
    for (Map.Entry<String, BsonValue> entry : filter.entrySet()) {
      String key = entry.getKey();
      if ("$and".equals(key)) {
        for (BsonValue branch : entry.getValue().asArray()) {
          collectFields(branch.asDocument(), fields, or);
        }
      } else if ("$or".equals(key)) {
        for (BsonValue branch : entry.getValue().asArray()) {
          Set<String> branchFields = new LinkedHashSet<>();
          collectFields(branch.asDocument(), branchFields, new ArrayList<>());
          or.add(branchFields);
        }
      } else if (!key.startsWith("$")) {
        fields.add(key);
      }
    }
  }

  /** The first frame of the services' own code, unless the query comes from a test or the testkit. */
  private static Optional<String> serviceOrigin() {
    return WALKER.walk(frames -> frames
        .filter(f -> f.getClassName().startsWith("io.lianxin.")
            && !f.getClassName().startsWith("io.lianxin.testkit."))
        .findFirst()
        .filter(f -> !isTestCode(f.getDeclaringClass()))
        .map(f -> simpleName(f.getClassName()) + "." + f.getMethodName()));
  }

  /** Classes compiled from a module's src/test (Maven's target/test-classes). */
  private static boolean isTestCode(Class<?> type) {
    var source = type.getProtectionDomain().getCodeSource();
    return source != null && source.getLocation() != null && source.getLocation().getPath().contains("/test-classes/");
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
