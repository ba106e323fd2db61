package io.lianxin.deploy;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Checks an object against the Kubernetes OpenAPI models, or a custom resource against its CRD's schema. */
final class Schemas {

  /** apiVersion/kind → the client-java model with its generated validateJsonElement. */
  static final Map<String, Class<?>> MODELS = Map.of(
      "v1/Namespace", V1Namespace.class,
      "v1/ServiceAccount", V1ServiceAccount.class,
      "v1/ConfigMap", V1ConfigMap.class,
      "v1/Secret", V1Secret.class,
      "v1/Service", V1Service.class,
      "apps/v1/Deployment", V1Deployment.class,
      "policy/v1/PodDisruptionBudget", V1PodDisruptionBudget.class,
      "autoscaling/v2/HorizontalPodAutoscaler", V2HorizontalPodAutoscaler.class,
      "networking.k8s.io/v1/NetworkPolicy", V1NetworkPolicy.class);

  private static final JsonMapper JACKSON = JsonMapper.builder().build();
  private static final Gson GSON = new JSON().getGson();
  private final Map<String, Schema> crds = new HashMap<>();

  Schemas() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
    try (Stream<Path> files = Files.list(Manifests.DEPLOY.resolve("crds"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        JsonNode crd = JACKSON.valueToTree(Manifests.documents(file).get(0));
        String group = crd.path("spec").path("group").asString();
        String kind = crd.path("spec").path("names").path("kind").asString();
        for (JsonNode version : crd.path("spec").path("versions")) {
          JsonNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
          strict(schema);
          crds.put(group + "/" + version.path("name").asString() + "/" + kind, registry.getSchema(schema));
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Like the API server's strict field validation: an object schema with properties and neither
   * additionalProperties nor x-kubernetes-preserve-unknown-fields refuses fields it does not name.
   */
  private static void strict(JsonNode schema) {
    if (schema instanceof ObjectNode object) {
      if (object.has("properties") && !object.has("additionalProperties")
          && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
        object.put("additionalProperties", false);
      }
      Iterator<JsonNode> children = object.values().iterator();
      while (children.hasNext()) {
        strict(children.next());
      }
    } else if (schema != null && schema.isArray()) {
      for (JsonNode item : schema) {
        strict(item);
      }
    }
  }

  /** The generated checks append the whole object to their message: the first sentence says what is wrong. */
  private static String withoutJson(String message) {
    int json = message == null ? -1 : message.indexOf(" JSON: ");
    return json < 0 ? String.valueOf(message) : message.substring(0, json);
  }

  static boolean isCore(Manifests.Manifest manifest) {
    return MODELS.containsKey(manifest.apiVersion() + "/" + manifest.kind());
  }

  boolean isCustom(Manifests.Manifest manifest) {
    return crds.containsKey(manifest.apiVersion() + "/" + manifest.kind());
  }

  /** The problems of an object: empty when it validates against its model or CRD schema; unknown kinds are problems. */
  List<String> problems(Manifests.Manifest manifest) {
    String key = manifest.apiVersion() + "/" + manifest.kind();
    List<String> problems = new ArrayList<>();
    if (MODELS.containsKey(key)) {
      JsonElement json = GSON.toJsonTree(manifest.object());
      try {
        MODELS.get(key).getMethod("validateJsonElement", JsonElement.class).invoke(null, json);
        // the typed read as well: catches wrong types the generated checks leave to Gson (numbers, booleans)
        GSON.fromJson(json, MODELS.get(key));
      } catch (java.lang.reflect.InvocationTargetException e) {
        problems.add(manifest.describe() + ": " + withoutJson(e.getCause().getMessage()));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      } catch (RuntimeException e) {
        problems.add(manifest.describe() + ": " + withoutJson(e.getMessage()));
      }
    } else if (crds.containsKey(key)) {
      for (Error error : crds.get(key).validate(JACKSON.valueToTree(manifest.object()))) {
        problems.add(manifest.describe() + ": " + error.getInstanceLocation() + " " + error.getMessage());
      }
    } else {
      problems.add(manifest.describe() + ": no model or CRD schema for " + key);
    }
    return problems;
  }
}
