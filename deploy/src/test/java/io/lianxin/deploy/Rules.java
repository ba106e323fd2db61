package io.lianxin.deploy;

import io.lianxin.deploy.Manifests.Manifest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The rules every set of manifests (the base, each rendered overlay) keeps; each returns what breaks it. */
final class Rules {

  private Rules() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object object, String... keys) {
    Object value = Modules.path((Map<String, Object>) object, keys);
    return value instanceof Map ? (Map<String, Object>) value : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object object, String... keys) {
    Object value = Modules.path((Map<String, Object>) object, keys);
    return value instanceof List ? (List<Object>) value : List.of();
  }

  static List<Manifest> ofKind(List<Manifest> manifests, String kind) {
    return manifests.stream().filter(m -> kind.equals(m.kind())).toList();
  }

  static Map<String, Object> podSpec(Manifest deployment) {
    return map(deployment.object(), "spec", "template", "spec");
  }

  static Map<String, Object> podLabels(Manifest deployment) {
    return map(deployment.object(), "spec", "template", "metadata", "labels");
  }

  static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
    return !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
  }

  /** Probes on the actuator groups, requests and limits, the security context and a /tmp emptyDir. */
  static List<String> workloadsAreHardened(List<Manifest> manifests) {
    List<String> problems = new ArrayList<>();
    for (Manifest deployment : ofKind(manifests, "Deployment")) {
      String who = deployment.describe();
      Map<String, Object> pod = podSpec(deployment);
      if (!Boolean.FALSE.equals(pod.get("automountServiceAccountToken"))) {
        problems.add(who + ": the pod mounts a service account token");
      }
      Map<String, Object> podSecurity = map(pod, "securityContext");
      if (!Boolean.TRUE.equals(podSecurity.get("runAsNonRoot"))) {
        problems.add(who + ": pod not runAsNonRoot");
      }
      if (!"RuntimeDefault".equals(map(podSecurity, "seccompProfile").get("type"))) {
        problems.add(who + ": seccomp profile is not RuntimeDefault");
      }
      if (list(pod, "topologySpreadConstraints").isEmpty()) {
        problems.add(who + ": no topologySpreadConstraints");
      }
      List<Object> volumes = list(pod, "volumes");
      for (Object c : list(pod, "containers")) {
        Map<String, Object> container = map(c);
        String name = who + " container " + container.get("name");
        expectProbe(problems, name, container, "startupProbe", "/actuator/health/liveness");
        expectProbe(problems, name, container, "readinessProbe", "/actuator/health/readiness");
        expectProbe(problems, name, container, "livenessProbe", "/actuator/health/liveness");
        for (String bound : List.of("requests", "limits")) {
          Map<String, Object> resources = map(container, "resources", bound);
          if (!resources.containsKey("cpu") || !resources.containsKey("memory")) {
            problems.add(name + ": resources." + bound + " lacks cpu or memory");
          }
        }
        Map<String, Object> security = map(container, "securityContext");
        if (!Boolean.TRUE.equals(security.get("readOnlyRootFilesystem"))) {
          problems.add(name + ": root filesystem not read-only");
        }
        if (!Boolean.FALSE.equals(security.get("allowPrivilegeEscalation"))) {
          problems.add(name + ": privilege escalation allowed");
        }
        if (!List.of("ALL").equals(list(security, "capabilities", "drop"))) {
          problems.add(name + ": capabilities not all dropped");
        }
        boolean tmp = list(container, "volumeMounts").stream().map(Rules::map)
            .anyMatch(mount -> "/tmp".equals(mount.get("mountPath")) && volumes.stream().map(Rules::map)
                .anyMatch(v -> Objects.equals(v.get("name"), mount.get("name")) && v.containsKey("emptyDir")));
        if (!tmp) {
          problems.add(name + ": no emptyDir at /tmp");
        }
      }
    }
    return problems;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object object) {
    return object instanceof Map ? (Map<String, Object>) object : Map.of();
  }

  private static void expectProbe(List<String> problems, String who, Map<String, Object> container, String probe,
      String path) {
    if (!path.equals(map(container, probe, "httpGet").get("path"))) {
      problems.add(who + ": " + probe + " is not on " + path);
    }
  }

  /** Each Deployment has a PDB, an HPA, a ServiceAccount and a NetworkPolicy of its own (not only the default deny). */
  static List<String> workloadsAreCovered(List<Manifest> manifests) {
    List<String> problems = new ArrayList<>();
    for (Manifest deployment : ofKind(manifests, "Deployment")) {
      Map<String, Object> labels = podLabels(deployment);
      if (ofKind(manifests, "PodDisruptionBudget").stream()
          .noneMatch(pdb -> selects(map(pdb.object(), "spec", "selector", "matchLabels"), labels))) {
        problems.add(deployment.describe() + ": no PodDisruptionBudget selects it");
      }
      if (ofKind(manifests, "NetworkPolicy").stream()
          .noneMatch(policy -> selects(map(policy.object(), "spec", "podSelector", "matchLabels"), labels))) {
        problems.add(deployment.describe() + ": no NetworkPolicy of its own");
      }
      if (ofKind(manifests, "HorizontalPodAutoscaler").stream()
          .noneMatch(hpa -> deployment.name().equals(map(hpa.object(), "spec", "scaleTargetRef").get("name")))) {
        problems.add(deployment.describe() + ": no HorizontalPodAutoscaler");
      }
      Object account = podSpec(deployment).get("serviceAccountName");
      if (ofKind(manifests, "ServiceAccount").stream().noneMatch(sa -> sa.name().equals(account)
          && Boolean.FALSE.equals(sa.object().get("automountServiceAccountToken")))) {
        problems.add(deployment.describe() + ": no ServiceAccount " + account + " without token mount");
      }
    }
    List<Manifest> denyAll = ofKind(manifests, "NetworkPolicy").stream()
        .filter(p -> map(p.object(), "spec", "podSelector").isEmpty() && list(p.object(), "spec", "ingress").isEmpty()
            && list(p.object(), "spec", "egress").isEmpty()
            && list(p.object(), "spec", "policyTypes").containsAll(List.of("Ingress", "Egress")))
        .toList();
    if (denyAll.isEmpty()) {
      problems.add("no NetworkPolicy denies all ingress and egress by default");
    }
    return problems;
  }

  /** Every Service selects the pods of a Deployment, and its target ports are ports the container exposes. */
  static List<String> servicesSelectWorkloads(List<Manifest> manifests) {
    List<String> problems = new ArrayList<>();
    for (Manifest service : ofKind(manifests, "Service")) {
      Map<String, Object> selector = map(service.object(), "spec", "selector");
      List<Manifest> selected = ofKind(manifests, "Deployment").stream()
          .filter(d -> selects(selector, podLabels(d))).toList();
      if (selected.isEmpty()) {
        problems.add(service.describe() + ": selects no Deployment's pods");
        continue;
      }
      for (Object p : list(service.object(), "spec", "ports")) {
        Object target = map(p).getOrDefault("targetPort", map(p).get("port"));
        for (Manifest deployment : selected) {
          boolean exposed = list(podSpec(deployment), "containers").stream()
              .flatMap(c -> list(c, "ports").stream()).map(Rules::map)
              .anyMatch(port -> target.equals(port.get("name")) || target.equals(port.get("containerPort")));
          if (!exposed) {
            problems.add(service.describe() + ": port " + target + " is not exposed by " + deployment.describe());
          }
        }
      }
    }
    return problems;
  }

  /** Every environment variable set on a container (env, and the keys of envFrom ConfigMaps) is one its module reads. */
  static List<String> environmentIsRead(List<Manifest> manifests) {
    List<String> problems = new ArrayList<>();
    for (Manifest deployment : ofKind(manifests, "Deployment")) {
      for (Object c : list(podSpec(deployment), "containers")) {
        Map<String, Object> container = map(c);
        String module = String.valueOf(container.get("name"));
        if (!Modules.WORKLOADS.contains(module)) {
          problems.add(deployment.describe() + ": container " + module + " is no module");
          continue;
        }
        Set<String> read = Modules.environmentVariablesRead(module);
        Set<String> set = new LinkedHashSet<>();
        list(container, "env").forEach(e -> set.add(String.valueOf(map(e).get("name"))));
        for (Object from : list(container, "envFrom")) {
          Object configMap = map(from, "configMapRef").get("name");
          List<Manifest> found = ofKind(manifests, "ConfigMap").stream().filter(m -> m.name().equals(configMap)).toList();
          if (found.isEmpty()) {
            problems.add(deployment.describe() + ": envFrom names a missing ConfigMap " + configMap);
          }
          found.forEach(m -> set.addAll(map(m.object(), "data").keySet()));
        }
        for (String name : set) {
          if (!read.contains(name)) {
            problems.add(deployment.describe() + ": sets " + name + ", which " + module + " does not read");
          }
        }
      }
    }
    return problems;
  }

  /** Images are lianxin/<module> of the container's module, with a tag. */
  static List<String> imagesMatchModules(List<Manifest> manifests, boolean tagged) {
    List<String> problems = new ArrayList<>();
    for (Manifest deployment : ofKind(manifests, "Deployment")) {
      for (Object c : list(podSpec(deployment), "containers")) {
        Map<String, Object> container = map(c);
        String image = String.valueOf(container.get("image"));
        String expected = "lianxin/" + container.get("name");
        if (!(image.equals(expected) && !tagged || image.startsWith(expected + ":") && image.length() > expected.length() + 1)) {
          problems.add(deployment.describe() + ": image " + image + " is not " + expected + (tagged ? ":<tag>" : ""));
        }
      }
    }
    return problems;
  }
}
