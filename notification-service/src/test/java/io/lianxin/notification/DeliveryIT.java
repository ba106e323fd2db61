package io.lianxin.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.lianxin.chassis.observability.EventTracing;
import io.lianxin.events.EventCatalog;
import io.lianxin.events.EventSchemaValidator;
import io.lianxin.events.Topics;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.notification.application.DeliveryWorker;
import io.lianxin.notification.application.MailComposer;
import io.lianxin.notification.application.port.DeliveryStore;
import io.lianxin.notification.application.port.DirectoryStore;
import io.lianxin.notification.application.port.NotificationStore;
import io.lianxin.notification.application.port.WebhookChannel;
import io.lianxin.notification.channel.HttpWebhookChannel;
import io.lianxin.notification.channel.SmtpMailChannel;
import io.lianxin.notification.domain.Delivery;
import io.lianxin.notification.domain.DigestPeriod;
import io.lianxin.notification.domain.RetryPolicy;
import io.lianxin.notification.domain.SendFailure;
import io.lianxin.notification.domain.WebhookProtocol;
import io.lianxin.notification.persistence.DeliveryDocument;
import io.lianxin.notification.persistence.MongoNotificationStore;
import io.lianxin.notification.persistence.MongoPreferencesStore;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.TopicReader;
import io.lianxin.testkit.TopicWriter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deliveries. E-mail against a real SMTP server (GreenMail): content, never twice; against an SMTP
 * server that refuses, permanent failures stop at once and temporary ones retry, then both publish
 * {@code delivery-failed}. Webhooks against a real HTTP server in the test: signed, retried on 503,
 * stopped on 404. The scheduled worker is slowed down; the test drives it.
 */
@SpringBootTest(classes = NotificationServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=notification-service", "lianxin.notification.delivery-interval=1h",
        "lianxin.notification.retry-backoff=0s", "lianxin.notification.webhook-allow-private=true",
        "lianxin.notification.hourly-limit=3"})
class DeliveryIT {

  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication()).withPerMethodLifecycle(false);

  static final JsonMapper JSON = JsonMapper.builder().build();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties("notification-email-it").forEach((k, v) -> registry.add(k, () -> v));
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
  }

  @LocalServerPort int port;
  @Autowired DeliveryWorker worker;
  @Autowired DeliveryStore deliveries;
  @Autowired NotificationStore notifications;
  @Autowired MongoTemplate mongo;
  @Autowired Clock clock;
  @Autowired WebhookChannel webhook;
  @Autowired DirectoryStore directory;
  @Autowired java.time.ZoneId zone;
  @Autowired io.micrometer.core.instrument.MeterRegistry meters;

  ApiClient api;
  TopicWriter topic;

  @BeforeEach
  void setUp() {
    api = new ApiClient("http://127.0.0.1:" + port);
    topic = new TopicWriter(EmbeddedInfra.shared().kafkaBootstrapServers());
  }

  @AfterEach
  void tearDown() {
    topic.close();
  }

  /** A system (e.g. an SMS gateway) subscribed for a deputy's messages; returns the deputy id. */
  String deputyWithWebhook(String url, String secret) {
    String deputyId = "D-" + UUID.randomUUID().toString().substring(0, 8);
    ApiClient.Response saved = api.put("/api/v1/directory/people/" + deputyId, token("admin@qingshan"), Map.of(
        "name", "短信网关", "roles", List.of("DEPUTY"), "deputyId", deputyId, "webhookUrl", url, "webhookSecret", secret));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.body()).doesNotContain(secret);
    return deputyId;
  }

  /** A receiver that answers with the given statuses in turn (the last one repeats) and keeps the requests. */
  static final class Receiver implements AutoCloseable {
    final com.sun.net.httpserver.HttpServer server;
    final List<Map<String, String>> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
    final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

    Receiver(int... statuses) throws java.io.IOException {
      server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/hook", ex -> {
        String body = new String(ex.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        requests.add(Map.of("body", body, "timestamp", ex.getRequestHeaders().getFirst("X-Lianxin-Timestamp"),
            "signature", ex.getRequestHeaders().getFirst("X-Lianxin-Signature")));
        int status = statuses[Math.min(calls.getAndIncrement(), statuses.length - 1)];
        ex.sendResponseHeaders(status, -1);
        ex.close();
      });
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  @Test
  void aWebhookIsSignedRetriedAfterA503AndStoppedByA404() throws Exception {
    String secret = "s3cret-" + UUID.randomUUID();
    try (Receiver flaky = new Receiver(503, 200); Receiver gone = new Receiver(404)) {
      String viaFlaky = deputyWithWebhook(flaky.url(), secret);
      String viaGone = deputyWithWebhook(gone.url(), secret);
      topic.send(Topics.SUGGESTION, "w1", submitted(UUID.randomUUID().toString(), viaFlaky, "网关一"));
      topic.send(Topics.SUGGESTION, "w2", submitted(UUID.randomUUID().toString(), viaGone, "网关二"));
      await().atMost(Duration.ofSeconds(30)).until(() ->
          deliveriesAbout(viaFlaky).size() == 1 && deliveriesAbout(viaGone).size() == 1);
      worker.runOnce();
      assertThat(deliveriesAbout(viaFlaky).get(0).toDelivery().status()).isEqualTo(Delivery.Status.PENDING);
      assertThat(deliveriesAbout(viaGone).get(0).toDelivery().status()).isEqualTo(Delivery.Status.FAILED);
      worker.runOnce();
      worker.runOnce();
      assertThat(deliveriesAbout(viaFlaky).get(0).toDelivery().status()).isEqualTo(Delivery.Status.SENT);
      assertThat(flaky.requests).hasSize(2);
      assertThat(gone.requests).as("a 404 is not retried").hasSize(1);
      Map<String, String> call = flaky.requests.get(1);
      assertThat(call.get("signature")).isEqualTo("sha256="
          + WebhookProtocol.sign(secret, call.get("timestamp") + "." + call.get("body")));
      assertThat(call.get("body")).contains("网关一");
    }
  }

  @Test
  void aWebhookIntoAPrivateRangeIsRefusedUnlessAllowed() {
    HttpWebhookChannel strict = new HttpWebhookChannel(clock, HttpWebhookChannel.Targets.PUBLIC_ONLY, EventTracing.none());
    Delivery toLoopback = io.lianxin.notification.domain.DeliveryTestData.aDelivery().id("d")
        .channel(Delivery.Channel.WEBHOOK).address("http://127.0.0.1:9/hook").build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> strict.send(toLoopback, null, "0123456789abcdef0"))
        .isInstanceOf(SendFailure.class)
        .hasMessageContaining("private range")
        .matches(e -> ((SendFailure) e).isPermanent());
  }

  @Autowired io.lianxin.notification.application.DigestJob digests;

  @Test
  void aWorkerThatDiesMidDeliveryIsReplacedAndTheMailGoesOnce() throws Exception {
    String address = "crash-" + UUID.randomUUID().toString().substring(0, 6) + "@example.cn";
    String deputyId = deputyWithEmail(address);
    topic.send(Topics.SUGGESTION, "c", submitted(UUID.randomUUID().toString(), deputyId, "发送中崩溃"));
    await().atMost(Duration.ofSeconds(30)).until(() -> deliveriesAbout(deputyId).size() == 1);
    // The first worker claims the delivery and dies before sending: SENDING, lease 2 minutes.
    Loaded<Delivery> claimed = deliveries.due(clock.instant(), 500).stream()
        .filter(due -> due.item().personId().equals(deputyId)).findFirst().orElseThrow();
    claimed.item().claim(clock.instant(), Duration.ofMinutes(2));
    deliveries.save(claimed);
    worker.runOnce();
    assertThat(received(address)).as("nobody else sends while the lease holds").isZero();
    // After the lease, a worker (here: one whose clock is 3 minutes on) takes over and sends it once.
    Clock later = Clock.offset(clock, Duration.ofMinutes(3));
    DeliveryWorker successor = new DeliveryWorker(deliveries, notifications, directory,
        channelsVia(new org.springframework.mail.javamail.JavaMailSenderImpl() {{
          setHost("127.0.0.1");
          setPort(MAIL.getSmtp().getPort());
        }}), later, new SimpleMeterRegistry(),
        new DeliveryWorker.Settings(new RetryPolicy(6, Duration.ZERO, Duration.ZERO), Duration.ofMinutes(2), 2));
    assertThat(successor.runOnce()).isEqualTo(1);
    successor.runOnce();
    worker.runOnce();
    assertThat(received(address)).isEqualTo(1);
    assertThat(deliveriesAbout(deputyId).get(0).toDelivery().attempts()).isEqualTo(2);
  }

  /** A worker mailing over {@code smtp}, giving up after two attempts without backoff, counting in the service's meters. */
  DeliveryWorker twoAttemptWorkerVia(FakeSmtpServer smtp) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(smtp.port());
    return new DeliveryWorker(deliveries, notifications, directory, channelsVia(sender), clock, meters,
        new DeliveryWorker.Settings(new RetryPolicy(2, Duration.ZERO, Duration.ZERO), Duration.ofMinutes(2), 2));
  }

  /** The worker's channels with e-mail over {@code sender}. */
  DeliveryWorker.Channels channelsVia(JavaMailSenderImpl sender) {
    return new DeliveryWorker.Channels(new MailComposer("http://127.0.0.1", zone),
        new SmtpMailChannel(sender, "noreply@lianxin.local", EventTracing.none()), webhook);
  }

  static long received(String address) {
    return java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
      try {
        return m.getAllRecipients()[0].toString().equals(address);
      } catch (Exception e) {
        return false;
      }
    }).count();
  }

  @Test
  void lowPriorityNotificationsArriveAsOneDigestPerPersonAndPeriod() throws Exception {
    String address = "digest-" + UUID.randomUUID().toString().substring(0, 6) + "@example.cn";
    String deputyId = deputyWithEmail(address);
    String item = UUID.randomUUID().toString();
    for (String subject : List.of(item, item, UUID.randomUUID().toString())) {
      ObjectNode event = (ObjectNode) JSON.readTree(EventSchemaValidator.example(
          EventCatalog.find("lianxin.suggestion.handling-started.v1").orElseThrow()));
      event.put("id", UUID.randomUUID().toString()).put("subject", subject);
      ((ObjectNode) event.get("data")).put("suggestionId", subject).put("proposerDeputyId", deputyId)
          .put("title", "摘要测试").putArray("coSignerDeputyIds");
      topic.send(Topics.SUGGESTION, subject, event.toString());
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> mongo.count(Query.query(Criteria.where("recipientKey")
        .is("deputy:" + deputyId)), MongoNotificationStore.COLLECTION) == 3);
    assertThat(deliveriesAbout(deputyId)).as("low priority: no e-mail one by one").isEmpty();

    java.time.LocalDate today = java.time.LocalDate.now(zone);
    digests.send(DigestPeriod.day(today));
    digests.send(DigestPeriod.day(today));
    MimeMessage[] received = java.util.Arrays.stream(MAIL.getReceivedMessages())
        .filter(m -> { try { return m.getAllRecipients()[0].toString().equals(address); } catch (Exception e) { return false; } })
        .toArray(MimeMessage[]::new);
    assertThat(received).as("one digest, however often the job runs").hasSize(1);
    assertThat(received[0].getSubject()).contains("通知摘要").containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日")
        .doesNotContain(today.toString());
    String text = plainText(received[0]);
    assertThat(text.lines().filter(l -> l.startsWith("- ")).count()).as("all three items").isEqualTo(3);
    // Items are grouped by subject in the order each subject's first item arrived; the two subjects travel on
    // different partitions, so which group comes first is not fixed — the grouping is.
    List<Long> groupSizes = java.util.Arrays.stream(text.substring(0, text.indexOf("\n-- \n")).strip().split("\n\n"))
        .map(block -> block.lines().filter(l -> l.startsWith("- ")).count()).sorted().toList();
    assertThat(groupSizes).as("the two about one item together, the other apart").containsExactly(1L, 2L);
  }

  /** The text/plain part of a (nested) multipart message. */
  static String plainText(jakarta.mail.Part part) throws Exception {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String found = plainText(multipart.getBodyPart(i));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** A deputy in the directory with this address; returns their deputy id. */
  String deputyWithEmail(String email) {
    return deputyWithEmail("admin@qingshan", email, "zh-CN");
  }

  /** A deputy whom {@code admin} puts in their congress's directory, reading {@code language}; returns their deputy id. */
  String deputyWithEmail(String admin, String email, String language) {
    String deputyId = "D-" + UUID.randomUUID().toString().substring(0, 8);
    ApiClient.Response saved = api.put("/api/v1/directory/people/" + deputyId, token(admin), Map.of(
        "name", "测试代表", "roles", List.of("DEPUTY"), "deputyId", deputyId, "email", email, "language", language));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    return deputyId;
  }

  /** A token for the deputy {@code deputyId} of the county (their person id is their deputy id). */
  static String deputyToken(String deputyId) {
    return EmbeddedInfra.shared().issuer().tokenFor(
        io.lianxin.testkit.DemoUser.deputy(deputyId, "测试代表", DemoUsers.COUNTY, deputyId));
  }

  /** The example event of {@code type} about a new suggestion of {@code deputyId}, in {@code congressId}. */
  static String suggestionEvent(String type, String congressId, String deputyId) {
    ObjectNode event = (ObjectNode) JSON.readTree(EventSchemaValidator.example(EventCatalog.find(type).orElseThrow()));
    String suggestionId = UUID.randomUUID().toString();
    event.put("id", UUID.randomUUID().toString()).put("subject", suggestionId).put("congressid", congressId);
    ((ObjectNode) event.get("data")).put("suggestionId", suggestionId).put("congressId", congressId)
        .put("proposerDeputyId", deputyId).put("leadUnitId", "U-" + suggestionId).putArray("coSignerDeputyIds");
    ((ObjectNode) event.get("data")).putArray("coUnitIds");
    return event.toString();
  }

  MimeMessage onlyMailTo(String address) {
    MimeMessage[] received = java.util.Arrays.stream(MAIL.getReceivedMessages())
        .filter(m -> { try { return m.getAllRecipients()[0].toString().equals(address); } catch (Exception e) { return false; } })
        .toArray(MimeMessage[]::new);
    assertThat(received).as("mails to " + address).hasSize(1);
    return received[0];
  }

  @Test
  void eachReaderGetsSubjectAndBodyInTheirLanguageWithDatesAsTheyWriteThem() throws Exception {
    String zhAddress = "zh-" + UUID.randomUUID().toString().substring(0, 6) + "@example.cn";
    String enAddress = "en-" + UUID.randomUUID().toString().substring(0, 6) + "@example.cn";
    String zhReader = deputyWithEmail("admin@qingshan", zhAddress, "zh-CN");
    String enReader = deputyWithEmail("admin@qingshan", enAddress, "en");
    // changing preferences without naming a language keeps the reader's language
    assertThat(api.put("/api/v1/preferences", deputyToken(enReader), Map.of("digest", "WEEKLY")).json()
        .get("language").asString()).isEqualTo("en");
    // the example's reply due date is 2026-06-05
    topic.send(Topics.SUGGESTION, "zh", suggestionEvent("lianxin.suggestion.assigned.v1", DemoUsers.COUNTY, zhReader));
    topic.send(Topics.SUGGESTION, "en", suggestionEvent("lianxin.suggestion.assigned.v1", DemoUsers.COUNTY, enReader));
    await().atMost(Duration.ofSeconds(30)).until(() ->
        deliveriesAbout(zhReader).size() == 1 && deliveriesAbout(enReader).size() == 1);
    worker.runOnce();

    MimeMessage zh = onlyMailTo(zhAddress);
    assertThat(zh.getSubject()).isEqualTo("建议已交办");
    assertThat(plainText(zh)).contains("答复期限 2026年6月5日").contains("调整通知设置").doesNotContain("2026-06-05");
    MimeMessage en = onlyMailTo(enAddress);
    assertThat(en.getSubject()).isEqualTo("Suggestion assigned");
    assertThat(plainText(en)).contains("reply due 5 Jun 2026").contains("Change what you receive")
        .doesNotContain("2026-06-05").doesNotContain("答复期限").doesNotContain("调整通知设置");
    JsonNode inbox = api.get("/api/v1/inbox", deputyToken(enReader)).json();
    assertThat(inbox.get("items").get(0).get("message").get("bodyEn").asString()).contains("reply due 5 Jun 2026");
  }

  /** The sum of the samples of {@code meter} in a Prometheus scrape whose labels include {@code labels}. */
  static double sample(String scrape, String meter, Map<String, String> labels) {
    return scrape.lines().filter(l -> l.startsWith(meter + "{"))
        .filter(l -> labels.entrySet().stream().allMatch(e -> l.contains(e.getKey() + "=\"" + e.getValue() + "\"")))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
  }

  @Test
  void storedNotificationsAndDeliveryOutcomesAreCountedByCongressAndChannel() throws Exception {
    // another congress than the other tests': its counts are this test's alone
    String congress = DemoUsers.DISTRICT;
    String before = api.get("/actuator/prometheus", token("admin@hexi")).body();
    String ok = deputyWithEmail("admin@hexi", "ok-" + UUID.randomUUID().toString().substring(0, 6) + "@example.cn", "en");
    topic.send(Topics.SUGGESTION, "m1", suggestionEvent("lianxin.suggestion.returned.v1", congress, ok));
    await().atMost(Duration.ofSeconds(30)).until(() -> deliveriesAbout(ok).size() == 1);
    worker.runOnce();
    String permanent = deputyWithEmail("admin@hexi", "perm-" + UUID.randomUUID().toString().substring(0, 6) + "@example.cn", "zh-CN");
    String temporary = deputyWithEmail("admin@hexi", "temp-" + UUID.randomUUID().toString().substring(0, 6) + "@example.cn", "zh-CN");
    topic.send(Topics.SUGGESTION, "m2", suggestionEvent("lianxin.suggestion.returned.v1", congress, permanent));
    topic.send(Topics.SUGGESTION, "m3", suggestionEvent("lianxin.suggestion.returned.v1", congress, temporary));
    await().atMost(Duration.ofSeconds(30)).until(() ->
        deliveriesAbout(permanent).size() == 1 && deliveriesAbout(temporary).size() == 1);
    try (FakeSmtpServer refusing = new FakeSmtpServer()) {
      DeliveryWorker refused = twoAttemptWorkerVia(refusing);
      refused.runOnce();
      refused.runOnce();
    }
    String after = api.get("/actuator/prometheus", token("admin@hexi")).body();

    Map<String, String> stored = Map.of("congress", congress, "area", "suggestion", "priority", "NORMAL");
    assertThat(sample(after, "lianxin_notifications_stored_total", stored)
        - sample(before, "lianxin_notifications_stored_total", stored)).isEqualTo(3.0);
    for (var expected : Map.of("SENT", 1.0, "FAILED_TEMPORARILY", 1.0, "FAILED_FOR_GOOD", 2.0).entrySet()) {
      Map<String, String> labels = Map.of("congress", congress, "channel", "EMAIL", "outcome", expected.getKey());
      assertThat(sample(after, "lianxin_deliveries_attempts_total", labels)
          - sample(before, "lianxin_deliveries_attempts_total", labels)).as(expected.getKey()).isEqualTo(expected.getValue());
    }
    assertThat(after.lines().filter(l -> l.startsWith("lianxin_notifications_stored") || l.startsWith("lianxin_deliveries")))
        .as("never by person").noneMatch(l -> l.contains(ok) || l.contains(permanent) || l.contains(temporary)
            || l.contains("@example.cn"));
  }

  static String token(String user) {
    return EmbeddedInfra.shared().issuer().tokenFor(DemoUsers.get(user));
  }

  static String submitted(String suggestionId, String deputyId, String title) {
    ObjectNode event = (ObjectNode) JSON.readTree(EventSchemaValidator.example(EventCatalog.SUGGESTION_SUBMITTED));
    event.put("id", UUID.randomUUID().toString()).put("subject", suggestionId);
    ((ObjectNode) event.get("data")).put("suggestionId", suggestionId).put("title", title)
        .put("proposerDeputyId", deputyId).putArray("coSignerDeputyIds");
    return event.toString();
  }

  List<DeliveryDocument> deliveriesAbout(String deputyId) {
    return mongo.find(Query.query(Criteria.where("delivery.personId").is(deputyId)), DeliveryDocument.class);
  }

  @Test
  void aNotificationIsMailedOnceInTextAndHtmlWithListUnsubscribe() throws Exception {
    String address = "wang-" + UUID.randomUUID().toString().substring(0, 6) + "@example.cn";
    String deputyId = deputyWithEmail(address);
    String suggestionId = UUID.randomUUID().toString();
    String event = submitted(suggestionId, deputyId, "关于修缮学校操场的建议");
    for (int i = 0; i < 3; i++) {
      topic.send(Topics.SUGGESTION, suggestionId, event);
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> deliveriesAbout(deputyId).size() == 1);
    worker.runOnce();
    worker.runOnce();

    MimeMessage mail = onlyMailTo(address);
    assertThat(mail.getSubject()).isEqualTo("建议已提交");
    assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("/api/v1/preferences");
    assertThat(mail.getContent()).isInstanceOf(MimeMultipart.class);
    assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)).contains("text/plain").contains("text/html");
    assertThat(deliveriesAbout(deputyId).get(0).toDelivery().status()).isEqualTo(Delivery.Status.SENT);
  }

  @Test
  void preferencesDecideWhetherAndWhenToMail() {
    String optedOut = deputyWithEmail("out-" + UUID.randomUUID().toString().substring(0, 6) + "@example.cn");
    String sleeping = deputyWithEmail("quiet-" + UUID.randomUUID().toString().substring(0, 6) + "@example.cn");
    new MongoPreferencesStore(mongo).save(new io.lianxin.notification.domain.Preferences(
        DemoUsers.COUNTY, optedOut, "zh-CN", java.util.Set.of("voting"), null, null, null));
    java.time.LocalTime now = java.time.LocalTime.now(zone);
    new MongoPreferencesStore(mongo).save(new io.lianxin.notification.domain.Preferences(
        DemoUsers.COUNTY, sleeping, "en", null, null, now.minusHours(1), now.plusHours(1)));
    topic.send(Topics.SUGGESTION, "o", submitted(UUID.randomUUID().toString(), optedOut, "不发邮件"));
    topic.send(Topics.SUGGESTION, "q", submitted(UUID.randomUUID().toString(), sleeping, "免打扰"));
    await().atMost(Duration.ofSeconds(30)).until(() -> deliveriesAbout(sleeping).size() == 1);
    Delivery held = deliveriesAbout(sleeping).get(0).toDelivery();
    assertThat(held.nextAttemptAt()).as("held until quiet hours end").isAfter(clock.instant().plus(Duration.ofMinutes(50)));
    assertThat(held.language()).isEqualTo("en");
    JsonNode listed = api.get("/api/v1/admin/deliveries?size=200", token("admin@qingshan")).json();
    assertThat(listed.get("items").findParents("personId")).as("held by quiet hours: in the admin list")
        .anySatisfy(line -> {
          assertThat(line.get("personId").asString()).isEqualTo(sleeping);
          assertThat(line.get("state").asString()).isEqualTo("HELD");
        });
    assertThat(deliveriesAbout(optedOut)).as("suggestions are not mailed to them").isEmpty();
    assertThat(api.get("/api/v1/preferences", token("deputy1@qingshan")).json().get("digest").asString()).isEqualTo("DAILY");
  }

  @Test
  void aPermanentRefusalStopsAtOnceAndATemporaryOneRetriesThenBothAreReported() throws Exception {
    String permanent = deputyWithEmail("perm-" + UUID.randomUUID().toString().substring(0, 6) + "@example.cn");
    String temporary = deputyWithEmail("temp-" + UUID.randomUUID().toString().substring(0, 6) + "@example.cn");
    topic.send(Topics.SUGGESTION, "s1", submitted(UUID.randomUUID().toString(), permanent, "永久失败"));
    topic.send(Topics.SUGGESTION, "s2", submitted(UUID.randomUUID().toString(), temporary, "暂时失败"));
    await().atMost(Duration.ofSeconds(30)).until(() ->
        deliveriesAbout(permanent).size() == 1 && deliveriesAbout(temporary).size() == 1);

    try (FakeSmtpServer refusing = new FakeSmtpServer()) {
      DeliveryWorker refused = twoAttemptWorkerVia(refusing);
      refused.runOnce();
      Delivery p = deliveriesAbout(permanent).get(0).toDelivery();
      Delivery t = deliveriesAbout(temporary).get(0).toDelivery();
      assertThat(p.status()).isEqualTo(Delivery.Status.FAILED);
      assertThat(p.attempts()).isEqualTo(1);
      assertThat(t.status()).as("temporary: tried again later").isEqualTo(Delivery.Status.PENDING);
      assertThat(t.lastError()).contains("451");
      refused.runOnce();
      Delivery t2 = deliveriesAbout(temporary).get(0).toDelivery();
      assertThat(t2.status()).as("attempts used up").isEqualTo(Delivery.Status.FAILED);
      assertThat(t2.attempts()).isEqualTo(2);
    }
    var failures = TopicReader.read(EmbeddedInfra.shared().kafkaBootstrapServers(), Topics.NOTIFICATION,
        v -> v.contains(permanent) || v.contains(temporary), Duration.ofSeconds(1));
    assertThat(failures).hasSize(2);
    failures.forEach(r -> new EventSchemaValidator().assertValid(r.value()));
    assertThat(failures).anySatisfy(r -> assertThat(r.value()).contains(permanent).contains("\"permanent\":true"));
    assertThat(failures).anySatisfy(r -> assertThat(r.value()).contains(temporary).contains("\"permanent\":false"));
    JsonNode failed = api.get("/api/v1/admin/deliveries?failedOnly=true", token("admin@qingshan")).json();
    assertThat(failed.get("items").findValuesAsString("personId")).contains(permanent, temporary);
    assertThat(failed.get("total").asLong()).isGreaterThanOrEqualTo(2);
    JsonNode firstOnly = api.get("/api/v1/admin/deliveries?failedOnly=true&size=1", token("admin@qingshan")).json();
    assertThat(firstOnly.get("items")).hasSize(1);
    assertThat(firstOnly.get("total").asLong()).as("counted in the store, not the page").isEqualTo(failed.get("total").asLong());
    assertThat(api.get("/api/v1/admin/deliveries?size=201", token("admin@qingshan")).status()).isEqualTo(400);
    assertThat(failed.toString()).doesNotContain("@example.cn");
    assertThat(api.get("/api/v1/admin/deliveries", token("staff@qingshan")).status()).isEqualTo(403);
  }

  @Test
  void overTheHourlyLimitEmailsAreDeferredShownToAdminsAndSentInTheNextDigest() throws Exception {
    String address = "busy-" + UUID.randomUUID().toString().substring(0, 6) + "@example.cn";
    String busy = deputyWithEmail(address);
    // the cap counts per clock hour: five mails straddling the top of an hour would share two budgets
    await().atMost(Duration.ofSeconds(50)).pollInterval(Duration.ofSeconds(1)).until(() -> {
      java.time.Instant now = clock.instant();
      java.time.Instant nextHour = now.truncatedTo(java.time.temporal.ChronoUnit.HOURS).plus(Duration.ofHours(1));
      return Duration.between(now, nextHour).compareTo(Duration.ofSeconds(45)) >= 0; // not in the hour's last 45 s
    });
    for (int i = 0; i < 5; i++) {
      topic.send(Topics.SUGGESTION, "b" + i, submitted(UUID.randomUUID().toString(), busy, "频繁 " + i));
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> deliveriesAbout(busy).size() == 5);
    assertThat(deliveriesAbout(busy)).extracting(DeliveryDocument::getStatus).as("limit 3 an hour in this test")
        .containsOnly(Delivery.Status.PENDING, Delivery.Status.DEFERRED)
        .filteredOn(s -> s == Delivery.Status.DEFERRED).hasSize(2);

    JsonNode listed = api.get("/api/v1/admin/deliveries?size=200", token("admin@qingshan")).json();
    List<String> states = new java.util.ArrayList<>();
    listed.get("items").forEach(line -> {
      if (busy.equals(line.get("personId").asString())) {
        states.add(line.get("state").asString());
      }
    });
    assertThat(states).as("the deferred ones, with their state").containsExactly("DEFERRED", "DEFERRED");

    digests.send(DigestPeriod.day(java.time.LocalDate.now(zone)));
    MimeMessage[] digestsTo = java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
      try {
        return m.getAllRecipients()[0].toString().equals(address) && m.getSubject().contains("通知摘要");
      } catch (Exception e) {
        return false;
      }
    }).toArray(MimeMessage[]::new);
    assertThat(digestsTo).hasSize(1);
    String digest = plainText(digestsTo[0]);
    assertThat(digest.lines().filter(l -> l.startsWith("- ")).count()).as("the two deferred notices").isEqualTo(2);
    assertThat(deliveriesAbout(busy)).extracting(DeliveryDocument::getStatus).doesNotContain(Delivery.Status.DEFERRED);
  }

  @Test
  void aVoteOpeningIsMailedAtOncePastQuietHours() {
    String sleeping = deputyWithEmail("vote-" + UUID.randomUUID().toString().substring(0, 6) + "@example.cn");
    java.time.LocalTime now = java.time.LocalTime.now(zone);
    new MongoPreferencesStore(mongo).save(new io.lianxin.notification.domain.Preferences(
        DemoUsers.COUNTY, sleeping, "zh-CN", null, null, now.minusHours(1), now.plusHours(1)));
    ObjectNode opened = (ObjectNode) JSON.readTree(EventSchemaValidator.example(
        EventCatalog.find("lianxin.voting.poll-opened.v1").orElseThrow()));
    String pollId = UUID.randomUUID().toString();
    opened.put("id", UUID.randomUUID().toString()).put("subject", pollId);
    ((ObjectNode) opened.get("data")).put("pollId", pollId).putArray("roll").add(sleeping);
    topic.send(Topics.VOTING, pollId, opened.toString());
    await().atMost(Duration.ofSeconds(30)).until(() -> deliveriesAbout(sleeping).size() == 1);
    Delivery mail = deliveriesAbout(sleeping).get(0).toDelivery();
    assertThat(mail.nextAttemptAt()).as("urgent: not held by quiet hours").isBeforeOrEqualTo(clock.instant());
    assertThat(mail.standing()).isEqualTo(Delivery.Standing.DUE);
  }
}
