package io.lianxin.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.events.EventEnvelope;
import io.lianxin.events.InvalidEventException;
import io.lianxin.notification.domain.NotificationRouting;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class InboundEventsTest {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final Instant TIME = Instant.parse("2026-03-05T01:00:00Z");

  static EventEnvelope event(String data) {
    JsonNode node = JSON.readTree(data);
    return new EventEnvelope("e-1", "/suggestion-service", "lianxin.suggestion.submitted.v1", "s-1", TIME, null, "C", 1,
        null, node);
  }

  @Test
  void anEventIsReadWithItsIdsAndItsDataAsPlainValues() {
    // given
    EventEnvelope submitted = event("{\"title\":\"操场\",\"coSignerDeputyIds\":[\"D-2\"],\"count\":3}");
    // when
    NotificationRouting.RoutableEvent read = InboundEvents.read(submitted);
    // expect
    assertThat(read.id()).isEqualTo("e-1");
    assertThat(read.type()).isEqualTo("lianxin.suggestion.submitted.v1");
    assertThat(read.congressId()).isEqualTo("C");
    assertThat(read.subject()).isEqualTo("s-1");
    assertThat(read.time()).isEqualTo(TIME);
    assertThat(read.data()).containsEntry("title", "操场").containsEntry("coSignerDeputyIds", List.of("D-2"))
        .containsEntry("count", 3);
  }

  @Test
  void dataThatIsNotAnObjectIsAnInvalidEvent() {
    assertThatThrownBy(() -> InboundEvents.read(event("[1,2]"))).isInstanceOf(InvalidEventException.class);
  }
}
