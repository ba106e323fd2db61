package io.lianxin.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;

/**
 * The layout every service keeps (ARCHITECTURE.md §2): {@code domain} is plain Java, it depends on
 * no other layer, and no service depends on another service.
 */
public final class ArchitectureRules {

  private static final List<String> SERVICES = List.of("suggestion", "voting", "supervision", "notification");

  private ArchitectureRules() {}

  /** Checks the rules on the production classes under {@code io.lianxin.<service>}. */
  public static void check(String service) {
    String root = "io.lianxin." + service;
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(root);

    noClasses().that().resideInAPackage(root + ".domain..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "org.bson..", "com.mongodb..", "org.apache.kafka..", "tools.jackson..",
            "com.fasterxml..", "jakarta..", "io.micrometer..", "io.swagger..", "io.lianxin.events..",
            "io.lianxin.chassis.outbox..", "io.lianxin.chassis.messaging..", "io.lianxin.chassis.web..",
            "io.lianxin.chassis.security..", "io.lianxin.chassis.observability..")
        .because("domain code is plain Java: every rule is testable without a framework")
        .check(classes);

    noClasses().that().resideInAPackage(root + ".domain..")
        .should().dependOnClassesThat().resideInAnyPackage(
            root + ".application..", root + ".web..", root + ".messaging..", root + ".persistence..")
        .because("the domain is the centre; the other layers depend on it, not the reverse")
        .check(classes);

    noClasses().that().resideInAPackage(root + ".web..")
        .should().dependOnClassesThat().resideInAnyPackage(root + ".persistence..")
        .because("controllers go through the application layer")
        .check(classes);

    for (String other : SERVICES) {
      if (!other.equals(service)) {
        noClasses().that().resideInAPackage(root + "..")
            .should().dependOnClassesThat().resideInAPackage("io.lianxin." + other + "..")
            .because("services talk only through events")
            .check(classes);
      }
    }
  }
}
