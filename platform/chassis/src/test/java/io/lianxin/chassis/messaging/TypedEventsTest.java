package io.lianxin.chassis.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.outbox.EventData;
import io.lianxin.events.EventEnvelope;
import io.lianxin.events.InvalidEventException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TypedEventsTest {

  record KeyCeremonyStep(String stage, Integer index, Instant at) {}

  record Requested(String requestId, List<String> roll, Integer threshold) {
    Requested {
      Objects.requireNonNull(requestId, "requestId");
      roll = roll == null ? List.of() : List.copyOf(roll);
    }
  }

  private final JsonMapper mapper = JsonMapper.builder().build();

  @Test
  void aRecordIsNamedAsItsType() {
    assertThat(TypedEvents.slug(KeyCeremonyStep.class)).isEqualTo("key-ceremony-step");
    assertThat(TypedEvents.slug(Requested.class)).isEqualTo("requested");
    assertThat(TypedEvents.typeOf("suggestion", new Submitted()).name()).isEqualTo("lianxin.suggestion.submitted.v1");
    assertThatThrownBy(() -> TypedEvents.typeOf("suggestion", new Requested("r", null, null)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("lianxin.suggestion.requested.v1");
  }

  record Submitted() {}

  @Test
  void dataIsTheSnapshotThenTheFactsWithoutNulls() {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("pollId", "P-1");
    snapshot.put("requestId", null);
    JsonNode data = new EventData(snapshot, new KeyCeremonyStep("SHARING", null, Instant.parse("2026-12-01T08:00:00Z")))
        .toJson(mapper);
    assertThat(data.toString()).isEqualTo("{\"pollId\":\"P-1\",\"requestId\":null,\"stage\":\"SHARING\",\"at\":\"2026-12-01T08:00:00Z\"}");
  }

  @Test
  void anInboundEventReadsAsItsRecordOrIsInvalid() {
    EventEnvelope good = envelope("{\"requestId\":\"R-1\",\"roll\":[\"D-1\"],\"title\":\"ignored\"}");
    assertThat(TypedEvents.read(good, Requested.class)).isEqualTo(new Requested("R-1", List.of("D-1"), null));
    assertThatThrownBy(() -> TypedEvents.read(envelope("{\"roll\":[]}"), Requested.class))
        .isInstanceOf(InvalidEventException.class).hasMessageContaining("requestId");
    assertThatThrownBy(() -> TypedEvents.read(envelope("{\"requestId\":\"R\",\"threshold\":\"two\"}"), Requested.class))
        .isInstanceOf(InvalidEventException.class);
  }

  private EventEnvelope envelope(String data) {
    return new EventEnvelope("E-1", "/test", "lianxin.test.requested.v1", "S-1", Instant.EPOCH, null, "qingshan", 1,
        null, mapper.readTree(data));
  }
}
