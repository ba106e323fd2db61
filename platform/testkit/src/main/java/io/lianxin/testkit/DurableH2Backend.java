package io.lianxin.testkit;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, made to read documents atomically and to acknowledge a write only
 * once it is on disk, as MongoDB does with a journal.
 *
 * <p><b>Durable.</b> Upstream, the H2 file store commits in the background about once a second, so
 * a write was acknowledged before it was on disk and a {@code kill -9} lost up to a second of
 * acknowledged writes. Here every command that can write returns only after the store committed
 * and synced ({@code fsync}) a version that holds it. Writers that arrive while a sync runs are
 * covered by the next one together (group commit), so concurrent writers share one sync.
 *
 * <p><b>Atomic reads.</b>
 * <p>Upstream, a query hands out the stored document objects themselves, the reply is encoded
 * after the collection lock is released, and an update changes the stored object in place. A
 * reader racing a writer can so encode a document half old, half new (a new {@code version} with
 * old fields), and a version-guarded save based on it silently drops a concurrent update. Here an
 * update works on deep copies of the documents it found, taken under the lock, and the H2
 * collection stores the changed copy as a new object: a stored document is never changed after
 * it was stored, so reads may keep handing it out. {@code TestDatabaseConsistencyTest} races
 * guarded writers against readers.
 */
final class DurableH2Backend extends H2Backend {

  /** Commands that never write; after any other one the caller waits until its write is synced. */
  private static final Set<String> READ_ONLY = Set.of(
      "find", "getmore", "count", "distinct", "aggregate", "listcollections", "listindexes", "listdatabases",
      "ping", "hello", "ismaster", "buildinfo", "serverstatus", "killcursors", "endsessions", "whatsmyuri",
      "getlasterror", "getlog", "getparameter", "connectionstatus", "hostinfo", "dbstats", "collstats", "explain",
      "getcmdlineopts", "getfreemonitoringstatus");

  private final MVStore store;
  private final Object syncLock = new Object();
  /** Every change made while the store's version was below this is on disk. */
  private long syncedBelow;

  /** {@code fileName} null keeps the data in memory (nothing to sync). */
  DurableH2Backend(String fileName) {
    this(MVStore.open(fileName));
  }

  private DurableH2Backend(MVStore store) {
    super(store);
    this.store = store;
  }

  @Override
  public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
    try {
      return super.handleCommand(channel, databaseName, command, query);
    } finally {
      if (store.getFileStore() != null && !READ_ONLY.contains(command.toLowerCase(Locale.ROOT))) {
        awaitDurable(store.getCurrentVersion());
      }
    }
  }

  /**
   * Returns once a change made at store version {@code version} is committed and synced. A change
   * made at version v is in the chunk that a later commit writes (the commit moves the version to
   * v + 1 or beyond); the sync after that commit puts it on disk. Whoever holds the lock commits
   * and syncs for everyone who wrote before it; the others then find their version covered.
   */
  private void awaitDurable(long version) {
    synchronized (syncLock) {
      if (version < syncedBelow) {
        return;
      }
      store.commit();
      long committed = store.getCurrentVersion();
      store.sync();
      syncedBelow = committed;
    }
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return new Database(databaseName, getMvStore(), getCursorRegistry());
  }

  private static final class Database extends H2Database {

    /** H2Database keeps its store private and opens collections from its own constructor. */
    private static final Field STORE;

    static {
      try {
        STORE = H2Database.class.getDeclaredField("mvStore");
        STORE.setAccessible(true);
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException("mongo-java-server changed H2Database", e);
      }
    }

    Database(String name, MVStore store, CursorRegistry cursors) {
      super(name, store, cursors);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
      MVStore store;
      try {
        store = (MVStore) STORE.get(this);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
      // The same map names as H2Database's, so files written by either open with the other.
      String fullName = getFullCollectionNamespace(collectionName);
      MVMap<Object, Document> data = store.openMap("databases." + fullName);
      MVMap<String, Object> meta = store.openMap("meta." + fullName);
      return new Collection(this, collectionName, options, data, meta, cursorRegistry);
    }
  }

  private static final class Collection extends H2Collection {

    /** Set while this thread runs an update: the documents it is about to change are copies. */
    private final ThreadLocal<Boolean> updating = ThreadLocal.withInitial(() -> false);

    Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
        MVMap<String, Object> meta, CursorRegistry cursors) {
      super(database, name, options, data, meta, cursors);
    }

    @Override
    public synchronized Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters,
        boolean isMulti, boolean isUpsert, Oplog oplog) {
      updating.set(true);
      try {
        return super.updateDocuments(selector, update, arrayFilters, isMulti, isUpsert, oplog);
      } finally {
        updating.set(false);
      }
    }

    @Override
    public synchronized Document findAndModify(Document query) {
      updating.set(true);
      try {
        return super.findAndModify(query);
      } finally {
        updating.set(false);
      }
    }

    /**
     * Upstream updates change the documents a query found in place; during an update those are
     * copies, which the H2 collection then stores as new objects. Plain reads hand out the stored
     * objects, which nothing changes any more.
     */
    @Override
    protected QueryResult createQueryResult(List<Document> matchedDocuments, int batchSize) {
      if (!updating.get()) {
        return super.createQueryResult(matchedDocuments, batchSize);
      }
      List<Document> copies = new ArrayList<>(matchedDocuments.size());
      for (Document document : matchedDocuments) {
        copies.add(document.cloneDeeply());
      }
      return super.createQueryResult(copies, batchSize);
    }
  }
}
