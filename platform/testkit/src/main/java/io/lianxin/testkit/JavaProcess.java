package io.lianxin.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A main class run in a child JVM on this JVM's class path, its output appended to a log file.
 * Its stdin stays open and unwritten, so a child that calls {@link ParentWatch} ends when this JVM
 * ends, however it ends.
 */
public final class JavaProcess implements AutoCloseable {

  private final Process process;
  private final Path log;

  private JavaProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  public static JavaProcess start(Class<?> main, List<String> jvmOptions, List<String> args, Path log) {
    return start(main.getName(), jvmOptions, args, log);
  }

  public static JavaProcess start(String mainClass, List<String> jvmOptions, List<String> args, Path log) {
    return start(mainClass, jvmOptions, args, log, java.util.Map.of());
  }

  /** With {@code environment} added to this JVM's environment. */
  public static JavaProcess start(String mainClass, List<String> jvmOptions, List<String> args, Path log,
      java.util.Map<String, String> environment) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(args);
    try {
      Files.createDirectories(log.toAbsolutePath().getParent());
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().putAll(environment);
      Process process = builder.start();
      return new JavaProcess(process, log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public Path log() {
    return log;
  }

  /** The process's exit code once it has exited, waiting at most {@code timeout}; -1 if still running. */
  public int awaitExit(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** SIGKILL: no shutdown hook, no flush — a crash. */
  public void kill() {
    process.destroyForcibly();
    awaitExit(Duration.ofSeconds(30));
  }

  /** SIGTERM, then SIGKILL after {@code grace}. */
  public void stop(Duration grace) {
    process.destroy();
    if (awaitExit(grace) < 0) {
      kill();
    }
  }

  /** The log so far (for failure messages). */
  public String logText() {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return "(log unreadable: " + e + ")";
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      stop(Duration.ofSeconds(30));
    }
  }
}
