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
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, made to read documents atomically as MongoDB does.
 *
 * <p>Upstream, a query hands out the stored document objects themselves, the reply is encoded
 * after the collection lock is released, and an update changes the stored object in place. A
 * reader racing a writer can so encode a document half old, half new (a new {@code version} with
 * old fields), and a version-guarded save based on it silently drops a concurrent update. Here an
 * update works on deep copies of the documents it found, taken under the lock, and the H2
 * collection stores the changed copy as a new object: a stored document is never changed after
 * it was stored, so reads may keep handing it out. {@code TestDatabaseConsistencyTest} races
 * guarded writers against readers.
 */
final class CopyOnWriteH2Backend extends H2Backend {

  /** {@code fileName} null keeps the data in memory. */
  CopyOnWriteH2Backend(String fileName) {
    this(MVStore.open(fileName));
  }

  private CopyOnWriteH2Backend(MVStore store) {
    super(store);
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
