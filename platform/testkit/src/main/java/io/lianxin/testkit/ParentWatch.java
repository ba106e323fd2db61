package io.lianxin.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Makes a child process end with its parent, whatever ends the parent (a {@code kill -9} too):
 * the parent keeps the child's stdin open and never writes to it, so the child reads end-of-file
 * exactly when the parent is gone. Then the child exits normally (its shutdown hooks run) and is
 * halted if that takes longer than {@code grace}.
 */
public final class ParentWatch {

  private ParentWatch() {}

  public static void exitWhenParentDies(long graceMillis) {
    Thread watch = new Thread(() -> {
      InputStream in = System.in;
      try {
        while (in.read() >= 0) {
          // the parent never writes; anything read is ignored
        }
      } catch (IOException ignored) {
        // a broken pipe means the same: the parent is gone
      }
      CompletableFuture.delayedExecutor(graceMillis, TimeUnit.MILLISECONDS).execute(() -> Runtime.getRuntime().halt(3));
      System.err.println("parent process is gone: exiting");
      System.exit(2);
    }, "parent-watch");
    watch.setDaemon(true);
    watch.start();
  }
}
