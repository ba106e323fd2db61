package io.lianxin.benchmarks;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.lianxin.events.EventCatalog;
import io.lianxin.events.EventSchemaValidator;
import io.lianxin.events.Topics;
import io.lianxin.notification.NotificationServiceApplication;
import io.lianxin.notification.domain.DirectoryCsv;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUser;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.TopicWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 4's fan-out: one event to every deputy of a province ({@code --recipients}, default
 * 10,000, all with e-mail): time until the in-app notification exists, until every e-mail delivery
 * is planned, and until every e-mail has reached the SMTP server (GreenMail), in one run here.
 */
public final class FanOutBenchmark {

  public static void main(String[] args) throws Exception {
    int recipients = args.length > 0 ? Integer.parseInt(args[0].replaceFirst("^--recipients=", "")) : 10_000;
    EmbeddedInfra infra = EmbeddedInfra.shared();
    GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    mail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    mail.start();
    String congress = "C-fanout";
    String db = "bench-fanout-" + UUID.randomUUID().toString().substring(0, 8);

    // The shipped routes, with "published" also going to every deputy of the congress, at once.
    JsonMapper json = JsonMapper.builder().build();
    ObjectNode routes = (ObjectNode) json.readTree(FanOutBenchmark.class.getResourceAsStream("/lianxin/notification-routes.json"));
    for (var route : routes.get("routes")) {
      if (route.get("type").asString().equals("lianxin.suggestion.published.v1")) {
        ((ArrayNode) route.get("to")).add("role:DEPUTY");
        ((ObjectNode) route).put("priority", "NORMAL"); // shipped as LOW (digest); here: mailed at once
      }
    }
    Path routesFile = Files.createTempFile("routes", ".json");
    Files.writeString(routesFile, routes.toString());

    ConfigurableApplicationContext app = Load.start(NotificationServiceApplication.builder(), infra, db, List.of(
        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.getSmtp().getPort(),
        "--lianxin.notification.routes=file:" + routesFile, "--lianxin.notification.hourly-limit=1000000",
        "--lianxin.notification.delivery-interval=100ms"));
    int exit = 0;
    try (TopicWriter topic = new TopicWriter(infra.kafkaBootstrapServers())) {
      ApiClient api = new ApiClient(Load.url(app));
      String admin = infra.issuer().tokenFor(new DemoUser("admin", "管理员", List.of("ADMIN"), congress, null, null));
      StringBuilder csv = new StringBuilder(String.join(",", DirectoryCsv.COLUMNS) + "\n");
      for (int i = 0; i < recipients; i++) {
        csv.append("d").append(i).append(",代表").append(i).append(",DEPUTY,D").append(i).append(",,,d").append(i)
            .append("@example.cn,,,zh-CN\n");
      }
      long importStart = System.nanoTime();
      ApiClient.Response imported = api.post("/api/v1/directory/import", admin, csv.toString(), Map.of("Content-Type", "text/csv"));
      if (imported.json().get("imported").asInt() != recipients) {
        throw new IllegalStateException("import: " + imported.body());
      }
      double importSeconds = (System.nanoTime() - importStart) / 1e9;
      // Everyone gets e-mail at once (not in a digest, no quiet hours): preferences are the defaults.

      ObjectNode event = (ObjectNode) json.readTree(EventSchemaValidator.example(
          EventCatalog.find("lianxin.suggestion.published.v1").orElseThrow()));
      String subject = UUID.randomUUID().toString();
      event.put("id", UUID.randomUUID().toString()).put("subject", subject).put("congressid", congress);
      ((ObjectNode) event.get("data")).put("suggestionId", subject).put("congressId", congress);
      MongoTemplate mongo = app.getBean(MongoTemplate.class);
      long t0 = System.nanoTime();
      topic.send(Topics.SUGGESTION, subject, event.toString());
      double inApp = secondsUntil(() -> mongo.count(Query.query(Criteria.where("subjectId").is(subject)
          .and("recipientKey").is("role:DEPUTY")), "notifications") == 1, t0);
      double planned = secondsUntil(() -> mongo.count(new Query(), "deliveries") >= recipients, t0);
      double mailed = secondsUntil(() -> mail.getReceivedMessages().length >= recipients, t0);
      System.out.printf("%n| measure (%,d deputies with e-mail, one event) | value |%n|---|---|%n", recipients);
      System.out.printf("| directory CSV import of %,d people (setup) | %.1f s |%n", recipients, importSeconds);
      System.out.printf("| in-app: the notification every deputy sees (one document, addressed to role:DEPUTY) | %.2f s |%n", inApp);
      System.out.printf("| all %,d e-mail deliveries planned | %.1f s |%n", recipients, planned);
      System.out.printf("| all %,d e-mails received by the SMTP server | %.1f s (%.0f /s) |%n", recipients, mailed,
          recipients / mailed);
    } catch (Throwable failure) {
      failure.printStackTrace();
      exit = 1;
    } finally {
      app.close();
      mail.stop();
      System.exit(exit);
    }
  }

  /** Seconds from {@code since} until {@code condition} holds, looked at every 50 ms. */
  static double secondsUntil(Callable<Boolean> condition, long since) {
    await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(50)).until(condition);
    return (System.nanoTime() - since) / 1e9;
  }
}
