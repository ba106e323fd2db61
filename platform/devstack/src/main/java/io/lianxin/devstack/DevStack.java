package io.lianxin.devstack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.lianxin.deputy.DeputyServiceApplication;
import io.lianxin.notification.NotificationServiceApplication;
import io.lianxin.suggestion.SuggestionServiceApplication;
import io.lianxin.supervision.SupervisionServiceApplication;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.DevTokenIssuer;
import io.lianxin.testkit.MongoWireServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import io.lianxin.voting.VotingServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole system on one machine with one command: Kafka (KRaft, Kafka's own jars), a
 * MongoDB-wire server on an H2 file, GreenMail SMTP/IMAP, a development token issuer, and the
 * four services. Data is kept under {@code .devstack/} unless {@code --wipe}. Environment
 * variables point it at real infrastructure instead (see README).
 */
public final class DevStack implements AutoCloseable {

  /**
   * Command-line options. {@code edge}: the gateway in front of the services and Spring Authorization Server as
   * the token issuer, each in its own JVM (the default of {@code ./devstack.sh}); without it, the services alone
   * and the in-process development issuer (what most devstack tests start, to start fast).
   */
  public record Options(Path dataDir, boolean wipe, boolean demo, int portOffset, boolean edge) {
    static final String USAGE = "usage: ./devstack.sh [--wipe] [--demo] [--data-dir=DIR] [--port-offset=N] [--no-edge]\n"
        + "  --wipe           delete the data directory first\n"
        + "  --demo           load demo data (suggestions, polls, a livelihood programme)\n"
        + "  --data-dir=DIR   keep data in DIR (default .devstack); a second devstack needs its own\n"
        + "  --port-offset=N  add N to every port (a second devstack, or ports taken by something else)\n"
        + "  --no-edge        no gateway and no sign-in server: the services alone, tokens from an in-process issuer";

    /** The services alone with the in-process development issuer. */
    public Options(Path dataDir, boolean wipe, boolean demo, int portOffset) {
      this(dataDir, wipe, demo, portOffset, false);
    }

    static Options parse(String[] args) {
      Path dataDir = Path.of(".devstack");
      boolean wipe = false;
      boolean demo = false;
      int offset = 0;
      boolean edge = true;
      for (String arg : args) {
        if (arg.equals("--wipe")) {
          wipe = true;
        } else if (arg.equals("--demo")) {
          demo = true;
        } else if (arg.equals("--no-edge")) {
          edge = false;
        } else if (arg.startsWith("--data-dir=")) {
          dataDir = Path.of(arg.substring("--data-dir=".length()));
        } else if (arg.startsWith("--port-offset=")) {
          try {
            offset = Integer.parseInt(arg.substring("--port-offset=".length()));
          } catch (NumberFormatException e) {
            throw new DevStackException("--port-offset needs a whole number, got " + arg + "\n" + USAGE);
          }
        } else if (arg.equals("--help") || arg.equals("-h")) {
          System.out.println(USAGE);
          System.exit(0);
        } else {
          throw new DevStackException("unknown option " + arg + "\n" + USAGE);
        }
      }
      return new Options(dataDir, wipe, demo, offset, edge);
    }
  }

  /** A running service: its name and base URL. */
  public record RunningService(String name, String url, ConfigurableApplicationContext context) {}

  private final Deque<AutoCloseable> stopOrder = new ArrayDeque<>();
  private final List<RunningService> services = new ArrayList<>();
  private final Map<String, String> infrastructure = new LinkedHashMap<>();
  private Path dataDir;
  private String kafkaBootstrap;
  private DevTokenIssuer issuer;
  private EdgeProcess identity;
  private EdgeProcess gateway;
  private EdgeProcess portal;
  private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
  private final Map<String, String> signedIn = new java.util.concurrent.ConcurrentHashMap<>();

  /** Starts everything; a part that ends for good later is reported to {@code onFatal}. */
  public DevStack(Options options, Consumer<String> onFatal) {
    try {
      startAll(options, onFatal);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** As {@link #DevStack(Options, Consumer)}, a fatal failure printed and everything stopped. */
  public DevStack(Options options) {
    this(options, null);
  }

  private void startAll(Options options, Consumer<String> onFatal) {
    dataDir = options.dataDir();
    Consumer<String> fatal = onFatal != null ? onFatal : why -> {
      System.err.println("devstack: " + why);
      close();
    };
    int o = options.portOffset();
    if (options.wipe()) {
      wipe(options.dataDir());
    }
    String mongoUri = env("MONGODB_URI");
    if (mongoUri == null) {
      PortOwner.requireFree(27017 + o, "Mongo-wire server", "start with --port-offset=N");
      MongoWireServer mongo = openStore(options.dataDir(), 27017 + o);
      stopOrder.push(mongo);
      mongoUri = "mongodb://127.0.0.1:" + mongo.port();
      infrastructure.put("MongoDB-wire (mongo-java-server, H2 file)", mongoUri);
    } else {
      infrastructure.put("MongoDB (external)", mongoUri);
    }
    String kafka = env("KAFKA_BOOTSTRAP_SERVERS");
    if (kafka == null) {
      KafkaBrokerProcess broker = new KafkaBrokerProcess(options.dataDir().resolve("kafka"), 9092 + o, 9093 + o, fatal);
      stopOrder.push(broker);
      kafka = broker.bootstrapServers();
      infrastructure.put("Kafka broker (KRaft)", kafka);
    } else {
      infrastructure.put("Kafka (external)", kafka);
    }
    kafkaBootstrap = kafka;
    String smtpHost = env("SMTP_HOST");
    int smtpPort = env("SMTP_PORT") == null ? 3025 + o : Integer.parseInt(env("SMTP_PORT"));
    if (smtpHost == null) {
      PortOwner.requireFree(smtpPort, "SMTP server", "start with --port-offset=N");
      PortOwner.requireFree(3143 + o, "IMAP server", "start with --port-offset=N");
      GreenMail mail = new GreenMail(new ServerSetup[] {
          new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
          new ServerSetup(3143 + o, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
      mail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
      mail.start();
      stopOrder.push(mail::stop);
      smtpHost = "127.0.0.1";
      infrastructure.put("SMTP (GreenMail)", "smtp://127.0.0.1:" + smtpPort
          + "   IMAP imap://127.0.0.1:" + (3143 + o) + " (any password; user = recipient address)");
    } else {
      infrastructure.put("SMTP (external)", smtpHost + ":" + smtpPort);
    }
    String issuerUri = env("LIANXIN_JWT_ISSUER_URI");
    String jwkSetUri = env("LIANXIN_JWT_JWK_SET_URI");
    if (issuerUri == null && options.edge()) {
      PortOwner.requireFree(9000 + o, "sign-in server", "start with --port-offset=N");
      issuerUri = "http://127.0.0.1:" + (9000 + o);
      jwkSetUri = issuerUri + "/oauth2/jwks";
      // the demo users with the development password, and /token for the README's curl walks: devstack only
      identity = EdgeProcess.start("identity", "identity", "io.lianxin.identity.IdentityApplication", 9000 + o, List.of(
          "--lianxin.identity.demo-users=true", "--lianxin.identity.dev-token-endpoint=true",
          "--spring.security.oauth2.authorizationserver.issuer=" + issuerUri,
          "--lianxin.identity.portal.redirect-uris=http://127.0.0.1:" + (8080 + o) + "/portal/callback",
          "--lianxin.identity.portal.post-logout-redirect-uris=http://127.0.0.1:" + (8080 + o) + "/portal/"),
          options.dataDir().resolve("logs/identity.log"));
      stopOrder.push(identity);
      infrastructure.put("Sign-in (Spring Authorization Server)", issuerUri + "   (demo users, password lianxin-demo)");
    } else if (issuerUri == null) {
      PortOwner.requireFree(9000 + o, "token issuer", "start with --port-offset=N");
      issuer = new DevTokenIssuer(9000 + o);
      stopOrder.push(issuer);
      issuerUri = issuer.issuer();
      jwkSetUri = issuer.jwkSetUri();
      infrastructure.put("Token issuer (development)", issuerUri);
    } else {
      infrastructure.put("Token issuer (external)", issuerUri);
    }

    List<String> common = List.of(
        "--spring.mongodb.uri=" + mongoUri,
        "--spring.kafka.bootstrap-servers=" + kafka,
        "--spring.mail.host=" + smtpHost,
        "--spring.mail.port=" + smtpPort,
        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuerUri,
        "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + jwkSetUri,
        // POST /api/v1/development/clock moves a service's time on (ADR 0018); never set in a deployment
        "--lianxin.development.clock-control=true",
        "--lianxin.suggestion.deadline-interval=10s",
        "--lianxin.supervision.deadline-interval=10s");
    start("suggestion-service", 8081 + o, SuggestionServiceApplication::builder, common);
    start("voting-service", 8082 + o, VotingServiceApplication::builder, common);
    start("supervision-service", 8083 + o, SupervisionServiceApplication::builder, common);
    start("notification-service", 8084 + o, NotificationServiceApplication::builder, common);
    start("deputy-service", 8085 + o, DeputyServiceApplication::builder, common);
    if (options.edge()) {
      PortOwner.requireFree(8080 + o, "gateway", "start with --port-offset=N");
      List<String> routes = new ArrayList<>(List.of(
          "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuerUri,
          "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + jwkSetUri));
      services.forEach(s -> routes.add("--lianxin.gateway.services." + s.name() + "=" + s.url()));
      PortOwner.requireFree(8086 + o, "portal", "start with --port-offset=N");
      routes.add("--lianxin.gateway.services.portal=http://127.0.0.1:" + (8086 + o));
      // the portal calls the API from this machine with each reader's address: the gateway takes it from there
      // (on a laptop every client is on loopback anyway; a deployment names its ingress and portal addresses)
      routes.add("--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1");
      gateway = EdgeProcess.start("gateway", "gateway", "io.lianxin.gateway.GatewayApplication", 8080 + o, routes,
          options.dataDir().resolve("logs/gateway.log"));
      stopOrder.push(gateway);
      // the portal's pages (ADR 0024), reached through the gateway at /portal/; it calls the API through it too
      portal = EdgeProcess.start("portal", "portal", "io.lianxin.portal.PortalApplication", 8086 + o, "/portal", List.of(
          "--lianxin.portal.gateway-url=http://127.0.0.1:" + (8080 + o), "--lianxin.portal.issuer-uri=" + issuerUri,
          "--lianxin.portal.public-url=http://127.0.0.1:" + (8080 + o) + "/portal",
          "--spring.thymeleaf.cache=false"), options.dataDir().resolve("logs/portal.log"));
      stopOrder.push(portal);
      if (identity != null) {
        identity.awaitReady().whenItEnds(fatal);
      }
      gateway.awaitReady().whenItEnds(fatal);
      portal.awaitReady().whenItEnds(fatal);
    }
  }

  /** The gateway's URL, or null without the edge. */
  public String gatewayUrl() {
    return gateway == null ? null : gateway.url();
  }

  /** Whether demo users can be given tokens here (the development issuer, in process or the sign-in server's). */
  public boolean canSignIn() {
    return issuer != null || identity != null;
  }

  /** A token for a demo user: from the in-process issuer, or the sign-in server's development endpoint. */
  public String tokenFor(io.lianxin.testkit.DemoUser user) {
    if (issuer != null) {
      return issuer.tokenFor(user);
    }
    // valid for 12 hours: the demo's many steps ask once per user
    return signedIn.computeIfAbsent(user.username(), name -> fetchToken(user));
  }

  private String fetchToken(io.lianxin.testkit.DemoUser user) {
    try {
      java.net.http.HttpResponse<String> r = http.send(java.net.http.HttpRequest.newBuilder(
              java.net.URI.create(identity.url() + "/token"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username="
              + java.net.URLEncoder.encode(user.username(), java.nio.charset.StandardCharsets.UTF_8))).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new DevStackException("no token for " + user.username() + ": " + r.statusCode() + " " + r.body());
      }
      return tools.jackson.databind.json.JsonMapper.builder().build().readTree(r.body()).get("access_token").asString();
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DevStackException("interrupted while asking for a token", e);
    }
  }

  private void start(String name, int port, Supplier<SpringApplicationBuilder> builder, List<String> common) {
    PortOwner.requireFree(port, name, "start with --port-offset=N");
    List<String> args = new ArrayList<>(common);
    args.add("--server.port=" + port);
    long started = System.nanoTime();
    SpringApplicationBuilder application = builder.get();
    // "Started SuggestionServiceApplication …" in the log, not "Started DevStack" four times
    application.application().getAllSources().stream().filter(Class.class::isInstance).findFirst()
        .ifPresent(source -> application.main((Class<?>) source));
    ConfigurableApplicationContext context = application.run(args.toArray(String[]::new));
    System.out.printf("devstack: %s is up at http://127.0.0.1:%d (%.1f s)%n", name, port,
        (System.nanoTime() - started) / 1e9);
    stopOrder.push(context);
    services.add(new RunningService(name, "http://127.0.0.1:" + port, context));
  }

  public List<RunningService> services() {
    return List.copyOf(services);
  }

  /** The broker the services use. */
  public String kafkaBootstrapServers() {
    return kafkaBootstrap;
  }

  public String url(String service) {
    return services.stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow().url();
  }

  /** Where the devstack keeps its data. */
  public Path dataDir() {
    return dataDir;
  }

  /** Null when an external issuer is used. */
  public DevTokenIssuer issuer() {
    return issuer;
  }

  public String banner() {
    StringBuilder out = new StringBuilder("\n连心 Lianxin devstack is up.\n\nInfrastructure:\n");
    infrastructure.forEach((k, v) -> out.append(String.format("  %-44s %s%n", k, v)));
    if (gateway != null) {
      out.append("\nPortal (pages for deputies and the public, zh-CN; ?lang=en):\n  ").append(gateway.url())
          .append("/portal/\n");
      out.append("\nGateway (every service's API, one Swagger UI at ").append(gateway.url())
          .append("/swagger-ui.html):\n  ").append(gateway.url()).append("\n");
    }
    out.append("\nServices (OpenAPI UI at <url>/swagger-ui.html, health at <url>/actuator/health):\n");
    services.forEach(s -> out.append(String.format("  %-22s %s%n", s.name(), s.url())));
    String issuerUrl = issuer != null ? issuer.issuer() : identity != null ? identity.url() : null;
    if (issuerUrl != null) {
      out.append("\nDemo users (GET ").append(issuerUrl).append("/users lists them all):\n");
      DemoUsers.all().stream().filter(u -> u.congressId().equals(DemoUsers.COUNTY))
          .forEach(u -> out.append(String.format("  %-22s %s%n", u.username(), u.roles())));
      out.append("  (the same with @hexi for the second congress)\n\nGet a token:\n  curl -s -X POST ")
          .append(issuerUrl).append("/token -d username=deputy1@qingshan\n");
    }
    out.append("\nCtrl-C stops everything.\n");
    return out.toString();
  }

  @Override
  public void close() {
    while (!stopOrder.isEmpty()) {
      try {
        stopOrder.pop().close();
      } catch (Exception e) {
        System.err.println("while stopping: " + e);
      }
    }
  }

  /** The H2 file, or one clear sentence when another devstack has it open. */
  private static MongoWireServer openStore(Path dataDir, int port) {
    Path file = dataDir.resolve("mongo").resolve("lianxin.mv");
    try {
      return MongoWireServer.onFile(file, port);
    } catch (RuntimeException e) {
      if (String.valueOf(e.getMessage()).contains("locked")) {
        throw new DevStackException("the data directory " + dataDir.toAbsolutePath() + " is in use by another devstack"
            + " (" + file + " is locked); stop that one, or start this one with --data-dir=DIR --port-offset=N", e);
      }
      throw e;
    }
  }

  private static void wipe(Path dataDir) {
    if (!Files.exists(dataDir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dataDir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String env(String name) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? null : value;
  }

  public static void main(String[] args) {
    DevStack stack;
    Options options;
    try {
      options = Options.parse(args);
      stack = new DevStack(options, why -> {
        System.err.println("devstack: " + why + " — stopping.");
        System.exit(1); // the shutdown hook stops the rest
      });
    } catch (DevStackException e) {
      System.err.println("devstack: " + e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "devstack-stop"));
    if (options.demo()) {
      DemoData.load(stack);
    }
    System.out.println(stack.banner());
  }
}
