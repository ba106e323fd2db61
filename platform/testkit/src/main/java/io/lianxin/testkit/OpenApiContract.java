package io.lianxin.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A service's OpenAPI document as a contract: the served document must equal the one committed
 * under {@code docs/openapi/<service>.json} (the drift check), and that file must pass Redocly's
 * recommended ruleset with the rules {@code redocly.yaml} switches off (with the reason there).
 * After an intended API change, write the new contract with {@code -Dlianxin.openapi.write=true}
 * and commit it.
 */
public final class OpenApiContract {

  /** The Redocly CLI version the build lints with (npx fetches it from the npm registry once). */
  public static final String REDOCLY = "@redocly/cli@2.77.0";

  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT).build();

  private OpenApiContract() {}

  /** The served document without what differs between runs (the server's random port). */
  public static String normalized(JsonNode served) {
    ObjectNode copy = (ObjectNode) served.deepCopy();
    copy.remove("servers");
    return JSON.writeValueAsString(copy) + "\n";
  }

  /** The committed contract of a service. */
  public static Path committed(String service) {
    return repositoryRoot().resolve("docs/openapi/" + service + ".json");
  }

  /** The difference between served and committed, or null when they are equal; writes it when asked. */
  public static String drift(String service, JsonNode served) {
    String now = normalized(served);
    Path file = committed(service);
    try {
      if (Boolean.getBoolean("lianxin.openapi.write")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, now, StandardCharsets.UTF_8);
        return null;
      }
      if (!Files.exists(file)) {
        return file + " does not exist: write it with -Dlianxin.openapi.write=true and commit it";
      }
      String before = Files.readString(file, StandardCharsets.UTF_8);
      if (before.equals(now)) {
        return null;
      }
      Path servedCopy = Path.of("target", "openapi-served-" + service + ".json");
      Files.createDirectories(servedCopy.toAbsolutePath().getParent());
      Files.writeString(servedCopy, now, StandardCharsets.UTF_8);
      return "the served document differs from " + file + " (served copy: " + servedCopy.toAbsolutePath()
          + "; first difference at line " + firstDifferentLine(before, now)
          + "); if the change is intended, write it with -Dlianxin.openapi.write=true and commit it";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Operation ids springdoc made unique by a suffix ({@code get_1}): name the method or the operation. */
  public static List<String> generatedOperationIds(JsonNode served) {
    List<String> generated = new ArrayList<>();
    served.path("paths").forEach(item -> item.forEach(operation -> {
      String id = operation.path("operationId").asString("");
      if (id.matches(".*_\\d+")) {
        generated.add(id);
      }
    }));
    return generated;
  }

  /** Redocly's findings on a committed contract: exit code and output (errors make the exit code non-zero). */
  public record Lint(int exitCode, String output) {}

  public static Lint lint(Path document) {
    Path root = repositoryRoot();
    List<String> command = new ArrayList<>(List.of("npx", "--yes", REDOCLY, "lint", "--format=stylish",
        "--config=" + root.resolve("redocly.yaml"), document.toString()));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).directory(root.toFile()).start();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        return new Lint(-1, "redocly did not finish in 5 minutes");
      }
      return new Lint(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new Lint(-1, "could not run npx (Node.js and npm are needed for the lint): " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Lint(-1, "interrupted");
    }
  }

  private static int firstDifferentLine(String a, String b) {
    String[] x = a.split("\n", -1);
    String[] y = b.split("\n", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (!x[i].equals(y[i])) {
        return i + 1;
      }
    }
    return Math.min(x.length, y.length) + 1;
  }

  /** The checkout's root: the nearest directory upwards with the Maven wrapper. */
  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("not inside a Lianxin checkout: " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
