package io.lianxin.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.events.EventCatalog;
import io.lianxin.events.EventEnvelope;
import io.lianxin.events.EventSchemaValidator;
import io.lianxin.events.Topics;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.TopicWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The register copy built from deputy-service's unit events on Kafka (ADR 0019): a unit registered can be
 * sent an opinion; once it left it cannot; the registration delivered again after the departure (an
 * older sequence) changes nothing.
 */
class RegisterCopyIT extends RunningServiceIT {

  @Test
  void aBodyIsTakenFromTheRegistersEventsAndAnOlderEventDoesNotUndoALaterOne() {
    String unit = "U-it-" + UUID.randomUUID().toString().substring(0, 8);
    String registered = unitEvent("lianxin.deputy.unit-registered.v1", unit, "ACTIVE", 1);
    String left = unitEvent("lianxin.deputy.unit-left.v1", unit, "LEFT", 2);
    String staff = token("staff@qingshan");
    send(registered);
    await().atMost(Duration.ofSeconds(30)).until(() -> issueTo(staff, unit) == 201);
    send(left);
    await().atMost(Duration.ofSeconds(30)).until(() -> issueTo(staff, unit) == 422);
    send(registered); // delivered again, after the later event
    String marker = "U-it-" + UUID.randomUUID().toString().substring(0, 8);
    send(unitEvent("lianxin.deputy.unit-registered.v1", marker, "ACTIVE", 1));
    await().atMost(Duration.ofSeconds(30)).until(() -> issueTo(staff, marker) == 201);
    assertThat(issueTo(staff, unit)).as("the older event changed nothing").isEqualTo(422);
  }

  int issueTo(String staff, String unit) {
    return api.post("/api/v1/opinions", staff, Map.of("title", "关于名册的审议意见", "text", "内容", "bodyUnitId", unit,
        "problems", List.of("问题"))).status();
  }

  static String unitEvent(String type, String unitId, String status, long version) {
    EventEnvelope example = CODEC.decode(OpinionLoopIT.exampleOf(type));
    ObjectNode data = (ObjectNode) example.data().deepCopy();
    data.put("unitId", unitId).put("congressId", DemoUsers.COUNTY).put("name", "测试单位 " + unitId).put("status", status);
    String encoded = CODEC.encode(EventEnvelope.create(EventCatalog.find(type).orElseThrow(), "/deputy-service",
        DemoUsers.COUNTY + "/" + unitId, DemoUsers.COUNTY, version, Instant.now(), null, data));
    new EventSchemaValidator().assertValid(encoded);
    return encoded;
  }

  static void send(String event) {
    try (TopicWriter writer = new TopicWriter(EmbeddedInfra.shared().kafkaBootstrapServers())) {
      writer.send(Topics.DEPUTY, CODEC.decode(event).subject(), event);
    }
  }
}
