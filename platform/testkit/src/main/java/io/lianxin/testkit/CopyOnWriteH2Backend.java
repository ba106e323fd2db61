package io.lianxin.testkit;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
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
 * old fields), and a version-guarded save based on it silently drops a concurrent update. Here
 * every query result is a deep copy taken under the lock; updates then work on that copy and the
 * H2 collection stores it as a new object, so a stored document is never changed after it was
 * handed out. {@code TestDatabaseConsistencyTest} races guarded writers against readers.
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

    Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
        MVMap<String, Object> meta, CursorRegistry cursors) {
      super(database, name, options, data, meta, cursors);
    }

    @Override
    protected QueryResult createQueryResult(List<Document> matchedDocuments, int batchSize) {
      List<Document> copies = new ArrayList<>(matchedDocuments.size());
      for (Document document : matchedDocuments) {
        copies.add(document.cloneDeeply());
      }
      return super.createQueryResult(copies, batchSize);
    }
  }
}
