package io.lianxin.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller), run from Kafka's own
 * jars in a child JVM with its data under {@code dataDir}, so topics and offsets survive
 * restarts. The storage is formatted once with Kafka's StorageTool.
 *
 * <p>Supervised: the child ends with the devstack however the devstack ends
 * ({@link KafkaBrokerMain}); a broker that exits on its own is restarted on the same data, up to
 * {@link #MAX_RESTARTS} times within {@link #RESTART_WINDOW}, after which {@code onGivingUp} is
 * told why. The ports must be free before the start (a leftover process is named with its PID),
 * and the start only counts once this child, alive, listens.
 */
final class KafkaBrokerProcess implements AutoCloseable {

  static final int MAX_RESTARTS = 3;
  static final Duration RESTART_WINDOW = Duration.ofMinutes(5);
  // generous: on a busy 2-core machine a cold broker JVM has taken over 90 s to open its port
  private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

  private final Path dataDir;
  private final Path config;
  private final int port;
  private final int controllerPort;
  private final Consumer<String> onGivingUp;
  private final List<Long> restarts = new ArrayList<>();
  private volatile Process process;
  private volatile boolean closing;

  KafkaBrokerProcess(Path dataDir, int port, int controllerPort, Consumer<String> onGivingUp) {
    this.dataDir = dataDir.toAbsolutePath();
    this.config = this.dataDir.resolve("server.properties");
    this.port = port;
    this.controllerPort = controllerPort;
    this.onGivingUp = onGivingUp;
    PortOwner.requireFree(port, "Kafka broker", "start the devstack with --port-offset=N");
    PortOwner.requireFree(controllerPort, "Kafka controller", "start the devstack with --port-offset=N");
    try {
      Files.createDirectories(this.dataDir);
      writeConfig();
      if (!Files.exists(this.dataDir.resolve("logs").resolve("meta.properties"))) {
        format();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.process = launch();
  }

  String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /** The broker JVM's PID (changes when it is restarted). */
  long pid() {
    return process.pid();
  }

  private void writeConfig() throws IOException {
    Files.writeString(config, String.join("\n",
        "process.roles=broker,controller",
        "node.id=1",
        "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
        "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
        "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
        "controller.listener.names=CONTROLLER",
        "inter.broker.listener.name=PLAINTEXT",
        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "log.dirs=" + dataDir.resolve("logs"),
        "num.partitions=6",
        "offsets.topic.replication.factor=1",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        "share.coordinator.state.topic.replication.factor=1",
        "share.coordinator.state.topic.min.isr=1",
        "group.initial.rebalance.delay.ms=0",
        "auto.create.topics.enable=true",
        ""));
  }

  private void format() throws IOException {
    Path log = dataDir.resolve("format.log");
    Process p = java(List.of("kafka.tools.StorageTool", "format", "--ignore-formatted",
        "-t", Uuid.randomUuid().toString(), "-c", config.toString()), log).start();
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new DevStackException("formatting Kafka's storage failed; see " + log);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DevStackException("interrupted while formatting Kafka's storage", e);
    }
  }

  /** Starts the child, waits until it listens, and watches for its exit. */
  private Process launch() {
    Process started;
    try {
      started = java(List.of(KafkaBrokerMain.class.getName(), config.toString()), dataDir.resolve("broker.log")).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    awaitListening(started);
    started.onExit().thenAccept(this::exited);
    return started;
  }

  private synchronized void exited(Process gone) {
    if (closing || gone != process) {
      return;
    }
    long now = System.nanoTime();
    restarts.removeIf(t -> now - t > RESTART_WINDOW.toNanos());
    String why = "the Kafka broker (PID " + gone.pid() + ") exited with code " + gone.exitValue()
        + "; see " + dataDir.resolve("broker.log");
    if (restarts.size() >= MAX_RESTARTS) {
      onGivingUp.accept(why + "; it was restarted " + MAX_RESTARTS + " times in " + RESTART_WINDOW.toMinutes()
          + " minutes, giving up");
      return;
    }
    restarts.add(now);
    System.err.println(why + "; restarting it on the same data (restart " + restarts.size() + " of " + MAX_RESTARTS + ")");
    try {
      process = launch();
      System.err.println("the Kafka broker is back (PID " + process.pid() + ")");
    } catch (RuntimeException e) {
      onGivingUp.accept(why + "; restarting it failed: " + e.getMessage());
    }
  }

  private static ProcessBuilder java(List<String> args, Path log) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.addAll(args);
    // stdin stays a pipe that nobody writes to: the child sees it close when this JVM is gone.
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
  }

  /**
   * Waits until the port accepts connections while this child is alive. The port was free before
   * the start, so whoever listens is this child (or its exit shows first).
   */
  private void awaitListening(Process child) {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!child.isAlive()) {
        throw new DevStackException("the Kafka broker exited with code " + child.exitValue() + " while starting; see "
            + dataDir.resolve("broker.log") + " (the last lines name the cause)");
      }
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        if (child.isAlive()) {
          return;
        }
      } catch (IOException notYet) {
        try {
          child.waitFor(250, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new DevStackException("interrupted while the Kafka broker started", e);
        }
      }
    }
    child.destroyForcibly();
    throw new DevStackException("the Kafka broker did not open port " + port + " within " + START_TIMEOUT.toSeconds()
        + " s; see " + dataDir.resolve("broker.log"));
  }

  /** Kills the broker as a crash would (tests of recovery); the supervisor then restarts it. */
  void killForTest() {
    process.destroyForcibly();
  }

  @Override
  public void close() {
    closing = true;
    Process p = process;
    p.destroy(); // SIGTERM: Kafka shuts down cleanly
    try {
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
    }
  }
}
