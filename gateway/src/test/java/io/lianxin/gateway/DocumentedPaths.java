package io.lianxin.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every operation of the services' committed OpenAPI documents (docs/openapi/<service>.json). */
final class DocumentedPaths {

  /** One documented operation; {@code concrete()} fills each path variable with a sample value. */
  record Operation(String service, String method, String path) {
    String concrete() {
      return path.replaceAll("\\{[^}]+}", "x1");
    }
  }

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
  static final Path DOCUMENTS = Path.of("..", "docs", "openapi");

  private DocumentedPaths() {}

  static List<Operation> all() {
    JsonMapper json = JsonMapper.builder().build();
    List<Operation> operations = new ArrayList<>();
    for (String service : StandIns.SERVICES) {
      JsonNode document;
      try {
        document = json.readTree(Files.readString(DOCUMENTS.resolve(service + ".json")));
      } catch (IOException e) {
        throw new IllegalStateException("cannot read the committed document of " + service, e);
      }
      for (var path : document.get("paths").properties()) {
        for (var operation : path.getValue().properties()) {
          if (METHODS.contains(operation.getKey())) {
            operations.add(new Operation(service, operation.getKey().toUpperCase(), path.getKey()));
          }
        }
      }
    }
    return operations;
  }
}
