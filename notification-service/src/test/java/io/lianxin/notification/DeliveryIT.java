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

  /** The worker's channels with e-mail over {@code sender}. */
  DeliveryWorker.Channels channelsVia(JavaMailSenderImpl sender) {
    return new DeliveryWorker.Channels(new MailComposer("http://127.0.0.1"),
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
    assertThat(received[0].getSubject()).contains("通知摘要");
    String text = plainText(received[0]);
    assertThat(text.lines().filter(l -> l.startsWith("- ")).count()).as("all three items").isEqualTo(3);
    assertThat(text).as("the two about one item together, then the other").containsPattern("(?s)^- [^\n]*\n- [^\n]*\n\n- ");
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
    String deputyId = "D-" + UUID.randomUUID().toString().substring(0, 8);
    ApiClient.Response saved = api.put("/api/v1/directory/people/" + deputyId, token("admin@qingshan"), Map.of(
        "name", "测试代表", "roles", List.of("DEPUTY"), "deputyId", deputyId, "email", email, "language", "zh-CN"));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    return deputyId;
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

    MimeMessage[] received = java.util.Arrays.stream(MAIL.getReceivedMessages())
        .filter(m -> { try { return m.getAllRecipients()[0].toString().equals(address); } catch (Exception e) { return false; } })
        .toArray(MimeMessage[]::new);
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
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
      JavaMailSenderImpl sender = new JavaMailSenderImpl();
      sender.setHost("127.0.0.1");
      sender.setPort(refusing.port());
      DeliveryWorker refused = new DeliveryWorker(deliveries, notifications, directory, channelsVia(sender), clock,
          new SimpleMeterRegistry(),
          new DeliveryWorker.Settings(new RetryPolicy(2, Duration.ZERO, Duration.ZERO), Duration.ofMinutes(2), 2));
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
    assertThat(failed.findValuesAsString("personId")).contains(permanent, temporary);
    assertThat(failed.toString()).doesNotContain("@example.cn");
    assertThat(api.get("/api/v1/admin/deliveries", token("staff@qingshan")).status()).isEqualTo(403);
  }

  @Test
  void noMoreThanTheHourlyLimitOfNonUrgentEmailsReachOnePerson() {
    String busy = deputyWithEmail("busy-" + UUID.randomUUID().toString().substring(0, 6) + "@example.cn");
    for (int i = 0; i < 5; i++) {
      topic.send(Topics.SUGGESTION, "b" + i, submitted(UUID.randomUUID().toString(), busy, "频繁 " + i));
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> mongo.count(Query.query(Criteria.where("recipientKey")
        .is("deputy:" + busy)), MongoNotificationStore.COLLECTION) == 5);
    assertThat(deliveriesAbout(busy)).as("limit 3 an hour in this test").hasSize(3);
  }
}
