package io.lianxin.testkit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.bson.Document;

/**
 * Every document of every collection of a database, as text, to tell whether a request wrote
 * anything. The outbox relay's own bookkeeping ({@code outbox}, {@code outboxLease}) is left out:
 * the relay removes published events after a command has answered, on its own schedule.
 */
public final class DatabaseSnapshot {

  private static final List<String> RELAY_FIELDS = List.of("outbox", "outboxLease");

  private final Map<String, List<String>> collections;

  private DatabaseSnapshot(Map<String, List<String>> collections) {
    this.collections = collections;
  }

  public static DatabaseSnapshot of(MongoClient client, String database) {
    MongoDatabase db = client.getDatabase(database);
    Map<String, List<String>> collections = new TreeMap<>();
    for (String name : db.listCollectionNames()) {
      List<String> docs = new ArrayList<>();
      for (Document d : db.getCollection(name).find().sort(Sorts.ascending("_id"))) {
        RELAY_FIELDS.forEach(d::remove);
        docs.add(d.toJson());
      }
      collections.put(name, docs);
    }
    return new DatabaseSnapshot(collections);
  }

  /** What changed from {@code before} to this, in a line per collection; empty when nothing did. */
  public List<String> changesSince(DatabaseSnapshot before) {
    List<String> changes = new ArrayList<>();
    java.util.Set<String> names = new java.util.TreeSet<>(collections.keySet());
    names.addAll(before.collections.keySet());
    for (String name : names) {
      List<String> now = collections.getOrDefault(name, List.of());
      List<String> then = before.collections.getOrDefault(name, List.of());
      if (!Objects.equals(now, then)) {
        List<String> added = new ArrayList<>(now);
        added.removeAll(then);
        changes.add(name + ": " + then.size() + " → " + now.size() + " documents; new or changed: "
            + (added.isEmpty() ? "—" : abbreviate(added.get(0))));
      }
    }
    return changes;
  }

  private static String abbreviate(String json) {
    return json.length() > 300 ? json.substring(0, 300) + "…" : json;
  }
}
