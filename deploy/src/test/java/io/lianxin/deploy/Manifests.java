package io.lianxin.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The manifests under deploy/: the base read file by file, the overlays rendered by {@code kubectl kustomize}. */
final class Manifests {

  static final Path DEPLOY = Path.of("").toAbsolutePath().getFileName().toString().equals("deploy")
      ? Path.of("").toAbsolutePath() : Path.of("deploy").toAbsolutePath();
  static final Path ROOT = DEPLOY.getParent();
  static final Path BASE = DEPLOY.resolve("base");
  static final List<String> OVERLAYS = List.of("dev", "prod");

  private Manifests() {}

  /** One object of a manifest, with the file it came from. */
  record Manifest(Path file, Map<String, Object> object) {
    String kind() {
      return (String) object.get("kind");
    }

    String apiVersion() {
      return (String) object.get("apiVersion");
    }

    String name() {
      return (String) metadata().get("name");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> metadata() {
      return (Map<String, Object>) object.getOrDefault("metadata", Map.of());
    }

    String describe() {
      return kind() + "/" + name() + " (" + ROOT.relativize(file) + ")";
    }
  }

  static Yaml yaml() {
    return new Yaml(new SafeConstructor(new LoaderOptions()));
  }

  /** Every document of a YAML file; a file that does not parse throws. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> documents(String text) {
    List<Map<String, Object>> documents = new ArrayList<>();
    for (Object document : yaml().loadAll(text)) {
      if (document != null) {
        documents.add((Map<String, Object>) document);
      }
    }
    return documents;
  }

  static List<Map<String, Object>> documents(Path file) {
    return documents(read(file));
  }

  /** Every document of a YAML file, objects or lists (a JSON 6902 patch); a file that does not parse throws. */
  static List<Object> parse(Path file) {
    List<Object> documents = new ArrayList<>();
    yaml().loadAll(read(file)).forEach(documents::add);
    return documents;
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The kustomization of a directory. */
  static Map<String, Object> kustomization(Path directory) {
    return documents(directory.resolve("kustomization.yaml")).get(0);
  }

  /** The base's objects, read from the files its kustomization lists (what a fresh machine can do without kubectl). */
  @SuppressWarnings("unchecked")
  static List<Manifest> base() {
    List<Manifest> manifests = new ArrayList<>();
    for (String resource : (List<String>) kustomization(BASE).get("resources")) {
      Path file = BASE.resolve(resource);
      for (Map<String, Object> document : documents(file)) {
        manifests.add(new Manifest(file, document));
      }
    }
    return manifests;
  }

  /** kubectl on the PATH, if any. */
  static Optional<Path> kubectl() {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(directory, "kubectl");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The objects {@code kubectl kustomize} renders for a directory. */
  static List<Manifest> render(Path kubectl, Path directory) {
    try {
      Path out = Files.createTempFile("kustomize", ".yaml");
      Process process = new ProcessBuilder(kubectl.toString(), "kustomize", directory.toString())
          .redirectOutput(out.toFile()).redirectErrorStream(false).start();
      String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("kubectl kustomize " + directory + " failed: " + errors);
      }
      List<Manifest> manifests = new ArrayList<>();
      for (Map<String, Object> document : documents(out)) {
        manifests.add(new Manifest(directory.resolve("kustomization.yaml"), document));
      }
      Files.delete(out);
      return manifests;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
