package io.lianxin.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (4.11: the {@code axe.min.js} in Deque's jar {@code com.deque.html.axe-core:selenium} on Maven Central)
 * run in the page the browser shows, with the WCAG 2.0 and 2.1 A and AA rules (无障碍检查). The script comes from the
 * test class path, never from the network.
 */
final class AxeCheck {

  /** What WCAG 2.0/2.1 level A and AA ask: the tags axe files its rules under. */
  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** The impacts that fail the test; moderate and minor ones are printed only. */
  static final List<String> FAILING = List.of("serious", "critical");

  /** One rule a page breaks, with the elements (CSS selectors) that break it. */
  record Violation(String page, String rule, String impact, String help, List<String> targets) {
    boolean fails() {
      return FAILING.contains(impact);
    }

    @Override
    public String toString() {
      return page + ": " + rule + " (" + impact + ") " + help + " → " + String.join(" | ", targets);
    }
  }

  private static final String SCRIPT = load();

  private AxeCheck() {}

  /**
   * Runs axe on the page the driver shows now; {@code page} names it in the findings. Prints how many rules passed and
   * which ones axe could not decide (incomplete: for a person to look at), so a page that passes shows it was checked.
   */
  @SuppressWarnings("unchecked")
  static List<Violation> run(WebDriver driver, String page) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
      js.executeScript(SCRIPT);
    }
    Object answer = js.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
          .then(r => done({ passed: r.passes.length, incomplete: r.incomplete.map(i => i.id),
              violations: r.violations.map(v => ({ id: v.id, impact: v.impact || 'unknown', help: v.help,
                  targets: v.nodes.map(n => n.target.join(' ')) })) }))
          .catch(e => done('axe failed: ' + e));
        """, TAGS);
    if (answer instanceof String failure) {
      throw new AssertionError(page + ": " + failure);
    }
    Map<String, Object> result = (Map<String, Object>) answer;
    List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
    System.out.printf("axe %s: %s rules passed, %d violated, undecided %s%n", page, result.get("passed"),
        violations.size(), result.get("incomplete"));
    List<Violation> found = new ArrayList<>();
    for (Map<String, Object> v : violations) {
      found.add(new Violation(page, (String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
          (List<String>) v.get("targets")));
    }
    return found;
  }

  /** axe.min.js as Deque ships it in its axe-core jar (com.deque.html.axe-core:selenium) on the test class path. */
  private static String load() {
    try (InputStream script = AxeCheck.class.getClassLoader().getResourceAsStream("axe.min.js")) {
      if (script == null) {
        throw new IllegalStateException("no axe.min.js on the test class path (com.deque.html.axe-core:selenium)");
      }
      return new String(script.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
