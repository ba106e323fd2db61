package io.lianxin.testkit;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB-wire-compatible server (mongo-java-server): in memory for tests, on an H2 file for the
 * devstack so that data survives restarts. On file, a write is acknowledged only once it is synced
 * to disk ({@link DurableH2Backend}). It has no sessions or transactions — the services need none
 * (one document per command).
 */
public final class MongoWireServer implements AutoCloseable {

  private static final int WORKER_THREADS = 16;

  private final MongoServer server;
  private final MongoBackend backend;
  private final InetSocketAddress address;

  private MongoWireServer(MongoBackend backend, int port) {
    this.backend = backend;
    this.server = new MongoServer(backend);
    // More event-loop threads than Netty's default (2 per core): a thread waits while its write is
    // synced, and the writers waiting together share one sync.
    server.bind(new InetSocketAddress("127.0.0.1", port), 1, WORKER_THREADS);
    this.address = server.getLocalAddress();
  }

  /**
   * Data in memory, on the copy-on-write H2 backend: upstream backends hand out stored documents
   * that later updates change in place, so a reader could see a document half old, half new.
   */
  public static MongoWireServer inMemory() {
    return new MongoWireServer(new DurableH2Backend(null), 0);
  }

  /** Data kept in {@code file}, every acknowledged write synced; {@code port} 0 picks a free one. */
  public static MongoWireServer onFile(Path file, int port) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new MongoWireServer(new DurableH2Backend(file.toAbsolutePath().toString()), port);
  }

  public int port() {
    return address.getPort();
  }

  /** A connection string for one database of this server. */
  public String uri(String database) {
    return "mongodb://127.0.0.1:" + port() + "/" + database;
  }

  @Override
  public void close() {
    server.shutdownNow();
    backend.close();
  }
}
