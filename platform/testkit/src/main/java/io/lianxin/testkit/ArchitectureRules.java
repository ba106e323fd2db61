package io.lianxin.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout every service keeps (docs/architecture.md): {@code domain} is plain Java and depends on
 * no other layer; {@code application} depends on the domain and on ports it owns, which
 * {@code persistence} and {@code messaging} implement; {@code web} and {@code messaging} call the
 * application; no cycles between slices; no service depends on another service.
 */
public final class ArchitectureRules {

  private static final List<String> SERVICES = List.of("suggestion", "voting", "supervision", "notification", "deputy");

  private ArchitectureRules() {}

  /** Checks the rules on the production classes under {@code io.lianxin.<service>}. */
  public static void check(String service) {
    String root = "io.lianxin." + service;
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(root);
    List<ArchRule> rules = new ArrayList<>();

    rules.add(noClasses().that().resideInAPackage(root + ".domain..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "org.bson..", "com.mongodb..", "org.apache.kafka..", "tools.jackson..",
            "com.fasterxml..", "jakarta..", "io.micrometer..", "io.swagger..", "io.lianxin.events..",
            "io.lianxin.chassis.outbox..", "io.lianxin.chassis.messaging..", "io.lianxin.chassis.web..",
            "io.lianxin.chassis.security..", "io.lianxin.chassis.observability..")
        .because("domain code is plain Java: every rule is testable without a framework"));

    rules.add(noClasses().that().resideInAPackage(root + ".domain..")
        .should().dependOnClassesThat().resideInAnyPackage(
            root + ".application..", root + ".web..", root + ".messaging..", root + ".persistence..")
        .because("the domain is the centre; the other layers depend on it, not the reverse"));

    rules.add(noClasses().that().resideInAPackage(root + ".application..")
        .should().dependOnClassesThat().resideInAnyPackage(
            root + ".persistence..", root + ".web..", root + ".messaging..", "org.bson..", "com.mongodb..",
            "org.springframework.data..", "org.apache.kafka..", "org.springframework.kafka..",
            "org.springframework.cloud.stream..", "io.lianxin.chassis.outbox..", "jakarta.mail..",
            "org.springframework.mail..")
        .because("use cases work over ports they own; persistence and messaging implement them"));

    rules.add(noClasses().that().resideInAPackage(root + ".web..")
        .should().dependOnClassesThat().resideInAnyPackage(root + ".persistence..", root + ".messaging..")
        .because("controllers go through the application layer"));

    rules.add(noClasses().that().resideInAPackage(root + ".messaging..")
        .should().dependOnClassesThat().resideInAnyPackage(root + ".persistence..", root + ".web..")
        .because("messaging maps events and calls use cases; it does not reach into storage or HTTP"));

    rules.add(slices().matching(root + ".(*)..").should().beFreeOfCycles()
        .because("each slice can be understood and changed from its own dependencies"));

    for (String other : SERVICES) {
      if (!other.equals(service)) {
        rules.add(noClasses().that().resideInAPackage(root + "..")
            .should().dependOnClassesThat().resideInAPackage("io.lianxin." + other + "..")
            .because("services talk only through events"));
      }
    }

    // every rule evaluated, so that one run lists all that is wrong
    List<String> failures = new ArrayList<>();
    for (ArchRule rule : rules) {
      EvaluationResult result = rule.evaluate(classes);
      if (result.hasViolation()) {
        failures.add(result.getFailureReport().toString());
      }
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(failures.size() + " architecture rule(s) violated in " + service + ":\n"
          + String.join("\n", failures));
    }
  }
}
