package io.lianxin.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.deploy.Manifests.Manifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The container images (profile {@code images} of the root pom, Jib; ADR 0025) checked offline, since building them
 * needs the base image's registry: every workload of the manifests is an application that builds an image, under the
 * name the manifest runs, as the user its securityContext runs as, exposing the port its container declares, with a
 * main class that exists; the image is not root and its heap follows the container's memory.
 */
class ImagesTest {

  static Document pom(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  static String property(Document pom, String name) {
    NodeList properties = pom.getDocumentElement().getElementsByTagName("properties");
    for (int i = 0; i < properties.getLength(); i++) {
      Node parent = properties.item(i).getParentNode();
      if (parent == pom.getDocumentElement()) {
        NodeList found = ((Element) properties.item(i)).getElementsByTagName(name);
        return found.getLength() == 0 ? null : found.item(0).getTextContent().trim();
      }
    }
    return null;
  }

  static Element jibConfiguration(Document root) {
    NodeList profiles = root.getElementsByTagName("profile");
    for (int i = 0; i < profiles.getLength(); i++) {
      Element profile = (Element) profiles.item(i);
      if (profile.getElementsByTagName("id").item(0).getTextContent().trim().equals("images")) {
        Element plugin = (Element) profile.getElementsByTagName("plugin").item(0);
        assertThat(plugin.getElementsByTagName("artifactId").item(0).getTextContent()).isEqualTo("jib-maven-plugin");
        assertThat(plugin.getElementsByTagName("version").item(0).getTextContent()).isEqualTo("3.5.2");
        return (Element) plugin.getElementsByTagName("configuration").item(0);
      }
    }
    throw new AssertionError("no profile 'images' in the root pom");
  }

  static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> at(Map<String, Object> object, String... path) {
    Object current = object;
    for (String step : path) {
      current = ((Map<String, Object>) current).get(step);
    }
    return (Map<String, Object>) current;
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyWorkloadRunsTheImageItsModuleBuildsAsItsUserOnItsPort() throws Exception {
    Document root = pom(Manifests.ROOT.resolve("pom.xml"));
    Element jib = jibConfiguration(root);
    String user = text(jib, "user");
    assertThat(user).as("not root").doesNotStartWith("0").matches("[1-9][0-9]*:[1-9][0-9]*");
    assertThat(text(jib, "to")).isEqualTo("${lianxin.image.registry}/${project.artifactId}:${project.version}");
    assertThat(jib.getElementsByTagName("jvmFlag").item(0).getTextContent()).startsWith("-XX:MaxRAMPercentage=");
    assertThat(text(jib, "creationTime")).as("reproducible").isEqualTo("EPOCH");
    assertThat(property(root, "jib.skip")).as("libraries build no image").isEqualTo("true");
    String registry = property(root, "lianxin.image.registry");

    List<Manifest> base = Manifests.base();
    for (String workload : Modules.WORKLOADS) {
      Document module = pom(Manifests.ROOT.resolve(workload).resolve("pom.xml"));
      assertThat(property(module, "jib.skip")).as(workload + " builds an image").isEqualTo("false");
      String mainClass = property(module, "lianxin.image.main-class");
      assertThat(Files.exists(Manifests.ROOT.resolve(workload).resolve("src/main/java")
          .resolve(mainClass.replace('.', '/') + ".java"))).as(workload + " main class " + mainClass).isTrue();
      Manifest deployment = base.stream().filter(m -> m.kind().equals("Deployment") && m.name().equals(workload))
          .findFirst().orElseThrow(() -> new AssertionError("no Deployment " + workload));
      Map<String, Object> pod = at(deployment.object(), "spec", "template", "spec");
      Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).stream()
          .filter(c -> c.get("name").equals(workload)).findFirst().orElseThrow();
      assertThat(container.get("image")).as(workload).isEqualTo(registry + "/" + workload);
      List<Map<String, Object>> ports = (List<Map<String, Object>>) container.get("ports");
      assertThat(ports).extracting(p -> String.valueOf(p.get("containerPort")))
          .as(workload + " port").contains(property(module, "lianxin.image.port"));
      Map<String, Object> podSecurity = (Map<String, Object>) pod.get("securityContext");
      assertThat(podSecurity.get("runAsUser") + ":" + podSecurity.getOrDefault("runAsGroup", podSecurity.get("runAsUser")))
          .as(workload + " runs as the image's user").isEqualTo(user);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void theProductionOverlayDeploysTheReleaseOfThisVersionAndEveryImageItNames() throws Exception {
    Document root = pom(Manifests.ROOT.resolve("pom.xml"));
    String version = root.getDocumentElement().getElementsByTagName("version").item(1).getTextContent().trim();
    String release = version.replace("-SNAPSHOT", "");
    Map<String, Object> kustomization = Manifests.documents(Manifests.DEPLOY.resolve("overlays/prod/kustomization.yaml"))
        .get(0);
    List<Map<String, Object>> images = (List<Map<String, Object>>) kustomization.get("images");
    String registry = property(root, "lianxin.image.registry");
    assertThat(images).extracting(image -> image.get("name"))
        .containsExactlyInAnyOrderElementsOf(Modules.WORKLOADS.stream().map(w -> registry + "/" + w).toList());
    assertThat(images).extracting(image -> String.valueOf(image.get("newTag"))).as("the tag the build gives a release")
        .containsOnly(release);
  }
}
