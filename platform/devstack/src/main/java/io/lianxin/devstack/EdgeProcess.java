package io.lianxin.devstack;

import io.lianxin.testkit.ParentWatch;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The gateway or the sign-in server, each in a JVM of its own: their Spring Cloud Gateway, Resilience4j and
 * authorization-server auto-configurations must not join the services that share the devstack's JVM. The
 * class path is the module's {@code target/classes} and {@code target/lib} (built by {@code ./devstack.sh} and by
 * {@code verify}); the child ends with the devstack ({@link ChildMain}).
 */
final class EdgeProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

  private final String name;
  private final Process process;
  private final Path log;
  private final String url;
  private volatile boolean stopping;

  private EdgeProcess(String name, Process process, Path log, String url) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.url = url;
  }

  /** Starts {@code mainClass} of {@code module} (a directory of the repository) on {@code port}; does not wait. */
  static EdgeProcess start(String name, String module, String mainClass, int port, List<String> args, Path log) {
    return start(name, module, mainClass, port, "", args, log);
  }

  /** Like the above for an application served under {@code contextPath} (its URL and health check are there). */
  static EdgeProcess start(String name, String module, String mainClass, int port, String contextPath, List<String> args,
      Path log) {
    Path home = repository().resolve(module);
    Path classes = home.resolve("target/classes");
    if (!Files.isDirectory(classes) || !Files.isDirectory(home.resolve("target/lib"))) {
      throw new DevStackException(name + " is not built (" + classes + "); run ./devstack.sh without SKIP_BUILD=1");
    }
    String classPath = String.join(File.pathSeparator, classes.toString(), home.resolve("target/lib") + File.separator + "*",
        codeSource(ChildMain.class), codeSource(ParentWatch.class));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", classPath, ChildMain.class.getName(), mainClass,
        // like the old in-process issuer: this laptop only (the sign-in server hands out passwordless tokens here)
        "--server.port=" + port, "--server.address=127.0.0.1"));
    command.addAll(args);
    try {
      Files.createDirectories(log.getParent());
      // stdin stays a pipe nobody writes to: the child sees it close when the devstack's JVM is gone
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
      return new EdgeProcess(name, process, log, "http://127.0.0.1:" + port + contextPath);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until its health endpoint answers 200 (or fails with the end of its log). */
  EdgeProcess awaitReady() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long started = System.nanoTime();
    long deadline = started + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new DevStackException(name + " ended while starting (exit " + process.exitValue() + "); its log: " + log
            + "\n" + tail());
      }
      try {
        HttpResponse<Void> health = http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
        if (health.statusCode() == 200) {
          System.out.printf("devstack: %s is up at %s (%.1f s)%n", name, url, (System.nanoTime() - started) / 1e9);
          return this;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DevStackException("interrupted while " + name + " started", e);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DevStackException("interrupted while " + name + " started", e);
      }
    }
    throw new DevStackException(name + " did not answer its health check within " + START_TIMEOUT.toSeconds()
        + " s; its log: " + log + "\n" + tail());
  }

  String url() {
    return url;
  }

  /** Reports to {@code fatal} if the process ends while the devstack runs (not when the devstack stops it). */
  EdgeProcess whenItEnds(java.util.function.Consumer<String> fatal) {
    process.onExit().thenRun(() -> {
      if (!stopping) {
        fatal.accept(name + " ended (exit " + process.exitValue() + "); its log: " + log);
      }
    });
    return this;
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(log unreadable: " + e + ")";
    }
  }

  @Override
  public void close() {
    stopping = true;
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  /** The repository's root: the working directory or one above it holding gateway/ and identity/. */
  private static Path repository() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("gateway")) && Files.isDirectory(dir.resolve("identity"))) {
        return dir;
      }
    }
    throw new DevStackException("cannot find the repository (a directory with gateway/ and identity/) above "
        + Path.of("").toAbsolutePath());
  }

  private static String codeSource(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
