package io.lianxin.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class EventContractsTest {

  private final EventSchemaValidator validator = new EventSchemaValidator();
  private final EventCodec codec = new EventCodec();

  @Test
  void everyRegisteredTypeHasAnExampleThatValidates() {
    assertThat(EventCatalog.all()).isNotEmpty();
    for (EventType type : EventCatalog.all()) {
      String example = EventSchemaValidator.example(type);
      assertThat(validator.problems(example)).as(type.name()).isEmpty();
      assertThat(codec.decode(example).type()).isEqualTo(type.name());
    }
  }

  @Test
  void anEventMissingRequiredDataIsRejectedWithTheField() {
    ObjectNode event = (ObjectNode) JsonMapper.builder().build()
        .readTree(EventSchemaValidator.example(EventCatalog.SUGGESTION_SUBMITTED));
    ((ObjectNode) event.get("data")).remove("proposerDeputyId");
    assertThat(validator.problems(event.toString())).anyMatch(p -> p.contains("proposerDeputyId"));
  }

  @Test
  void anUnknownTypeIsReported() {
    String example = EventSchemaValidator.example(EventCatalog.SUGGESTION_SUBMITTED)
        .replace("lianxin.suggestion.submitted.v1\"", "lianxin.suggestion.unknown.v1\"");
    assertThat(validator.problems(example)).anyMatch(p -> p.contains("unknown event type"));
  }

  @Test
  void codecRoundTripsEveryAttribute() {
    ObjectNode data = JsonMapper.builder().build().createObjectNode().put("title", "标题");
    EventEnvelope event = EventEnvelope.create(
        EventCatalog.SUGGESTION_SUBMITTED, "/suggestion-service", "S-1", "C-1", 3,
        Instant.parse("2026-01-02T03:04:05Z"),
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", data);
    EventEnvelope decoded = codec.decode(codec.encode(event));
    assertThat(decoded).isEqualTo(event);
  }

  @Test
  void garbageIsAnInvalidEventNotACrash() {
    assertThatThrownBy(() -> codec.decode("not json")).isInstanceOf(InvalidEventException.class);
    assertThatThrownBy(() -> codec.decode("[1,2]")).isInstanceOf(InvalidEventException.class);
    assertThatThrownBy(() -> codec.decode("{\"specversion\":\"1.0\",\"data\":{}}"))
        .isInstanceOf(InvalidEventException.class);
  }
}
