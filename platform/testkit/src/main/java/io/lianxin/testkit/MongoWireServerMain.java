package io.lianxin.testkit;

import java.nio.file.Path;

/**
 * The Mongo-wire server on a file, alone in a JVM: {@code <file> <port>}. Prints
 * {@code mongo-wire-port=<port>} once it listens. Ends with its parent ({@link ParentWatch}). Used
 * by crash tests, which kill this JVM with SIGKILL.
 */
public final class MongoWireServerMain {

  private MongoWireServerMain() {}

  public static void main(String[] args) throws InterruptedException {
    ParentWatch.exitWhenParentDies(5_000);
    MongoWireServer server = MongoWireServer.onFile(Path.of(args[0]), Integer.parseInt(args[1]));
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mongo-wire-stop"));
    System.out.println("mongo-wire-port=" + server.port());
    System.out.flush();
    Thread.currentThread().join();
  }
}
