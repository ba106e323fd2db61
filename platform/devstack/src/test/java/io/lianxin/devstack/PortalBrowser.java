package io.lianxin.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One reader's headless Chromium (Debian's {@code chromium} and {@code chromedriver}, nothing fetched) on the portal
 * through the gateway. Every page it lands on is checked the same way: the browser holds no token (cookies, local
 * and session storage, the page's source), axe-core finds no serious or critical WCAG 2.0/2.1 A/AA violation (collected,
 * failed on by {@link #assertAccessible()}), a PNG of it goes to {@code target/portal-screenshots/}, and its
 * Navigation Timing figures to {@link PageTimings}.
 */
final class PortalBrowser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(System.getProperty("lianxin.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("lianxin.chromedriver", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target", "portal-screenshots");

  /** A JSON Web Token's start: a base64url JSON header, then a payload, then a signature. */
  private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.");
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final AtomicInteger SHOTS = new AtomicInteger();

  private final String portal;
  private final String role;
  private final PageTimings timings;
  private final Path profile;
  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final List<AxeCheck.Violation> violations = new ArrayList<>();
  private final List<AxeCheck.Violation> allFindings;

  /** Fails (not skips) when Chromium or its driver is missing: CI installs both (.ci/run). */
  static void requireInstalled() {
    assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
        .as("the portal's browser test needs Debian's Chromium and its driver (" + CHROMIUM + ", " + CHROMEDRIVER
            + "): apt-get install -y --no-install-recommends chromium chromium-driver (.ci/run installs them);"
            + " elsewhere set -Dlianxin.chromium=... -Dlianxin.chromedriver=...")
        .isTrue();
  }

  /** The screenshots of an earlier run gone, so the folder shows this run's pages only. */
  static void clearScreenshots() throws IOException {
    if (Files.isDirectory(SCREENSHOTS)) {
      try (Stream<Path> old = Files.list(SCREENSHOTS)) {
        for (Path png : old.filter(p -> p.toString().endsWith(".png")).toList()) {
          Files.delete(png);
        }
      }
    }
  }

  /** A fresh browser (its own profile: no cookies of another reader) on {@code portal}, e.g. {@code http://host/portal}. */
  PortalBrowser(String portal, String role, PageTimings timings, List<AxeCheck.Violation> allFindings) {
    requireInstalled();
    this.allFindings = allFindings;
    this.portal = portal;
    this.role = role;
    this.timings = timings;
    try {
      profile = Files.createTempDirectory("lianxin-chromium");
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // a closed network: nothing of Chromium's own calls home, no QUIC, no sync
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=zh-CN");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    // the driver named explicitly: Selenium Manager never looks for one on the network
    service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(Duration.ofSeconds(30));
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Opens a page of the portal ({@code path} under /portal) and checks it as {@code name}. */
  PortalBrowser open(String path, String name) {
    driver.get(portal + path);
    return landed(name);
  }

  /** Clicks what navigates (a link, a form's button), waits for the next page and checks it as {@code name}. */
  PortalBrowser click(By what, String name) {
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(what).click();
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(page));
    return landed(name);
  }

  PortalBrowser type(By field, String text) {
    WebElement input = driver.findElement(field);
    input.clear();
    input.sendKeys(text);
    return this;
  }

  /** A date field set to {@code day}: the keys a date input takes depend on Chromium's locale, its value does not. */
  PortalBrowser date(By field, java.time.LocalDate day) {
    script("arguments[0].value = arguments[1]", driver.findElement(field), day.toString());
    return this;
  }

  PortalBrowser choose(By select, String visibleText) {
    new Select(driver.findElement(select)).selectByVisibleText(visibleText);
    return this;
  }

  PortalBrowser check(By checkbox) {
    WebElement box = driver.findElement(checkbox);
    if (!box.isSelected()) {
      box.click();
    }
    return this;
  }

  /** The text a reader sees in the element (the first match). */
  String text(By what) {
    return driver.findElement(what).getText();
  }

  /** The page's visible text. */
  String text() {
    return text(By.tagName("body"));
  }

  String heading() {
    return text(By.tagName("h1"));
  }

  String url() {
    return driver.getCurrentUrl();
  }

  /**
   * On the sign-in server's login form (where the portal sent the browser): user name and the demo password, and
   * back through the portal's callback (authorization code + PKCE, redeemed by the portal) to {@code landing}.
   */
  PortalBrowser signIn(String username, String landing) {
    assertThat(driver.findElements(By.id("password"))).as("the sign-in server's login form at " + url()).isNotEmpty();
    type(By.id("username"), username);
    type(By.id("password"), "lianxin-demo");
    click(By.cssSelector("button[type=submit]"), landing);
    assertThat(url()).as("back on the portal, signed in").startsWith(portal);
    return this;
  }

  /** The header's sign-out (a POST with its CSRF token): the portal's session and the issuer's sign-in end. */
  PortalBrowser signOut(String landing) {
    return click(By.cssSelector("header form[action$='/logout'] button"), landing);
  }

  /**
   * The current page at phone width (390 × 844 CSS pixels, a phone's viewport and pixel ratio): checked like any page,
   * and nothing wider than the screen (no sideways scrolling).
   */
  PortalBrowser atPhoneWidth(String name) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
        "deviceScaleFactor", 3, "mobile", true));
    try {
      driver.navigate().refresh();
      landed(name + " (phone)");
      Object widths = script("return [document.documentElement.scrollWidth, window.innerWidth];");
      assertThat(widths).as(name + " at phone width: page width vs. screen width (px)").isInstanceOf(List.class);
      List<?> w = (List<?>) widths;
      assertThat(((Number) w.get(0)).longValue()).as(name + " fits a 390 px screen (no sideways scrolling)")
          .isLessThanOrEqualTo(((Number) w.get(1)).longValue());
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
    return this;
  }

  /**
   * Reloads the page until {@code shown} holds (what another service sends arrives through Kafka: not at once), then
   * checks it as {@code name}.
   */
  PortalBrowser reloadUntil(String name, java.util.function.Predicate<PortalBrowser> shown) {
    org.awaitility.Awaitility.await(name).atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
      driver.navigate().refresh();
      return shown.test(this);
    });
    return landed(name);
  }

  /** Fails with every serious or critical axe finding of the pages this browser visited. */
  void assertAccessible() {
    List<String> failing = violations.stream().filter(AxeCheck.Violation::fails).map(Object::toString).toList();
    assertThat(failing).as("axe-core (WCAG 2.0/2.1 A, AA): serious or critical violations").isEmpty();
  }

  List<AxeCheck.Violation> violations() {
    return List.copyOf(violations);
  }

  /** The rules axe finds broken in {@code html} (a page of the test's own, not the portal's): the check checked. */
  List<String> axeFindsIn(String html) {
    driver.get("data:text/html;charset=utf-8;base64,"
        + Base64.getEncoder().encodeToString(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return AxeCheck.run(driver, "a broken page").stream().map(AxeCheck.Violation::rule).toList();
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** What every page gets: loaded, no token in the browser, timed, photographed, checked by axe. */
  private PortalBrowser landed(String name) {
    new WebDriverWait(driver, WAIT).until(d -> "complete".equals(script("return document.readyState;")));
    assertHoldsNoToken(name);
    time(name);
    screenshot(name);
    List<AxeCheck.Violation> found = AxeCheck.run(driver, role + " " + name + " " + url());
    found.forEach(v -> System.out.println("axe " + (v.fails() ? "FAIL " : "note ") + v));
    violations.addAll(found);
    synchronized (allFindings) {
      allFindings.addAll(found);
    }
    return this;
  }

  private void assertHoldsNoToken(String name) {
    for (Cookie cookie : driver.manage().getCookies()) {
      assertThat(JWT.matcher(cookie.getValue()).find()).as(name + ": cookie " + cookie.getName() + " holds a token")
          .isFalse();
      assertThat(cookie.getName().toLowerCase()).as(name + ": a token cookie").doesNotContain("token");
    }
    Object storage = script("const all = {};"
        + "for (const s of [window.localStorage, window.sessionStorage]) for (let i = 0; i < s.length; i++) {"
        + " all[s.key(i)] = s.getItem(s.key(i)); } return JSON.stringify(all);");
    assertThat(JWT.matcher(String.valueOf(storage)).find()).as(name + ": a token in local or session storage: "
        + storage).isFalse();
    String source = driver.getPageSource();
    assertThat(JWT.matcher(source).find()).as(name + ": a token in the page's source").isFalse();
    assertThat(source).as(name + ": the page's source").doesNotContain("access_token", "id_token=");
  }

  @SuppressWarnings("unchecked")
  private void time(String name) {
    Object entry = script("const n = performance.getEntriesByType('navigation')[0]; if (!n) return null;"
        + " return {server: n.responseEnd - n.requestStart, load: (n.loadEventEnd || performance.now()) - n.startTime,"
        + " redirects: n.redirectCount, bytes: n.transferSize || n.encodedBodySize};");
    if (entry instanceof Map<?, ?> n) {
      Map<String, Object> m = (Map<String, Object>) n;
      String path = url().startsWith(portal) ? url().substring(portal.length()) : url();
      timings.add(new PageTimings.Row(role, name, path, number(m.get("server")), number(m.get("load")),
          (int) number(m.get("redirects")), (long) number(m.get("bytes"))));
    }
  }

  private static double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : 0;
  }

  /** The whole page, not only the window (Chrome DevTools' capture beyond the viewport), at most 6000 px high. */
  @SuppressWarnings("unchecked")
  private void screenshot(String name) {
    String file = String.format("%02d-%s-%s.png", SHOTS.incrementAndGet(), role,
        name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", ""));
    byte[] png;
    try {
      Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
      Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
      Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
          "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", number(size.get("width")),
              "height", Math.min(6000, number(size.get("height"))), "scale", 1)));
      png = Base64.getDecoder().decode((String) shot.get("data"));
    } catch (RuntimeException e) {
      png = driver.getScreenshotAs(OutputType.BYTES);
    }
    try {
      Files.write(SCREENSHOTS.resolve(file), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        System.err.println("could not delete the browser profile " + profile + ": " + e);
      }
    }
  }
}
