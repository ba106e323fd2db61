package io.lianxin.devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who holds a local TCP port: so that a devstack that cannot start says which process is in the
 * way instead of a stack trace. The process is found from Linux's {@code /proc} (the listening
 * socket's inode, then the process whose descriptors hold it); elsewhere only "in use" is known.
 */
final class PortOwner {

  private PortOwner() {}

  static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress("127.0.0.1", port));
      return true;
    } catch (IOException taken) {
      return false;
    }
  }

  /** "PID 1234 (java … kafka.Kafka …)", or a sentence saying the owner could not be found. */
  static String describe(int port) {
    return pidListening(port)
        .map(pid -> "PID " + pid + " (" + commandLine(pid) + ")")
        .orElse("another process (its PID could not be read)");
  }

  /** Fails with one clear sentence when {@code port} is taken. */
  static void requireFree(int port, String what, String fix) {
    if (!isFree(port)) {
      throw new DevStackException("port " + port + " (" + what + ") is already in use by " + describe(port)
          + "; stop it, or " + fix);
    }
  }

  static Optional<Long> pidListening(int port) {
    Optional<String> inode = listeningInode(port);
    if (inode.isEmpty()) {
      return Optional.empty();
    }
    String link = "socket:[" + inode.get() + "]";
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .filter(p -> holds(p.resolve("fd"), link))
          .map(p -> Long.parseLong(p.getFileName().toString()))
          .findFirst();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> listeningInode(int port) {
    String hexPort = ":" + String.format(Locale.ROOT, "%04X", port);
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      try {
        for (String line : Files.readAllLines(Path.of(table))) {
          String[] f = line.trim().split("\\s+");
          // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
          if (f.length > 9 && f[1].endsWith(hexPort) && f[3].equals("0A")) {
            return Optional.of(f[9]);
          }
        }
      } catch (IOException | RuntimeException e) {
        // no /proc here: owner unknown
      }
    }
    return Optional.empty();
  }

  private static boolean holds(Path fdDir, String link) {
    try (Stream<Path> fds = Files.list(fdDir)) {
      return fds.anyMatch(fd -> {
        try {
          return Files.readSymbolicLink(fd).toString().equals(link);
        } catch (IOException | RuntimeException e) {
          return false;
        }
      });
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static String commandLine(long pid) {
    String command = ProcessHandle.of(pid).flatMap(h -> h.info().commandLine()).orElse("?");
    return command.length() > 120 ? command.substring(0, 117) + "…" : command;
  }
}
