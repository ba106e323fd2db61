package io.lianxin.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real call from a service's Swagger UI in Chromium (Debian's {@code chromium}, driven by
 * Playwright from {@code tools/browser}): Authorize with a bearer token, Try it out, Execute.
 */
public final class SwaggerUiBrowser {

  /** What Swagger UI showed: the status of the live response and the curl line it sent. */
  public record Call(int status, String curl, String output) {}

  private SwaggerUiBrowser() {}

  public static Call call(String baseUrl, String token, String operationId, Map<String, String> pathValues) {
    Path tools = OpenApiContract.repositoryRoot().resolve("tools/browser");
    try {
      if (!Files.isDirectory(tools.resolve("node_modules/playwright-core"))) {
        run(tools, List.of("npm", "ci", "--no-audit", "--no-fund"), 5);
      }
      List<String> command = new ArrayList<>(List.of("node", "swagger-ui-call.mjs", baseUrl, token, operationId));
      pathValues.forEach((k, v) -> command.add(k + "=" + v));
      String output = run(tools, command, 2);
      String last = output.strip().lines().reduce((a, b) -> b).orElse("");
      if (!last.startsWith("{")) {
        throw new IllegalStateException("the browser check gave no result:\n" + output);
      }
      JsonNode result = JsonMapper.builder().build().readTree(last);
      return new Call(result.get("status").asInt(), result.path("curl").asString(""), output);
    } catch (IOException e) {
      throw new IllegalStateException("could not run the browser check (Node.js and Debian's chromium are needed)", e);
    }
  }

  private static String run(Path dir, List<String> command, int minutes) throws IOException {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    try {
      if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not finish in " + minutes + " min");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    String text = new String(output, StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n" + text);
    }
    return text;
  }
}
