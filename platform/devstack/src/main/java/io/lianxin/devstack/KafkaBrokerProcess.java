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
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller), run from Kafka's own
 * jars in a child JVM with its data under {@code dataDir}, so topics and offsets survive
 * restarts. The storage is formatted once with Kafka's StorageTool.
 */
final class KafkaBrokerProcess implements AutoCloseable {

  private final Process process;
  private final int port;

  KafkaBrokerProcess(Path dataDir, int port, int controllerPort) {
    this.port = port;
    try {
      Files.createDirectories(dataDir);
      Path config = dataDir.resolve("server.properties");
      Files.writeString(config, String.join("\n",
          "process.roles=broker,controller",
          "node.id=1",
          "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
          "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
          "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
          "controller.listener.names=CONTROLLER",
          "inter.broker.listener.name=PLAINTEXT",
          "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
          "log.dirs=" + dataDir.resolve("logs").toAbsolutePath(),
          "num.partitions=6",
          "offsets.topic.replication.factor=1",
          "transaction.state.log.replication.factor=1",
          "transaction.state.log.min.isr=1",
          "share.coordinator.state.topic.replication.factor=1",
          "share.coordinator.state.topic.min.isr=1",
          "group.initial.rebalance.delay.ms=0",
          "auto.create.topics.enable=true",
          ""));
      if (!Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) {
        run(List.of("kafka.tools.StorageTool", "format", "--ignore-formatted",
            "-t", Uuid.randomUuid().toString(), "-c", config.toString()), dataDir.resolve("format.log"));
      }
      process = java(List.of("kafka.Kafka", config.toString()), dataDir.resolve("broker.log")).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    awaitPort(Duration.ofSeconds(60));
  }

  String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  private static void run(List<String> args, Path log) throws IOException {
    try {
      Process p = java(args, log).start();
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("Kafka storage format failed; see " + log);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static ProcessBuilder java(List<String> args, Path log) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.addAll(args);
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
  }

  private void awaitPort(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the Kafka broker exited with " + process.exitValue() + "; see broker.log");
      }
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        try {
          Thread.sleep(250);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
    throw new IllegalStateException("the Kafka broker did not open port " + port + " in " + timeout);
  }

  @Override
  public void close() {
    process.destroy(); // SIGTERM: Kafka shuts down cleanly
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
