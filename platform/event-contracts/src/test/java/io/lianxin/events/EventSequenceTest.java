package io.lianxin.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The CloudEvents sequence extension: a string whose text order is the order of an aggregate's events. */
class EventSequenceTest {

  final EventCodec codec = new EventCodec(JsonMapper.builder().build());

  @Test
  void textOrderIsEventOrderAcrossVersionsAndWithinOneChange() {
    List<String> inOrder = List.of(EventEnvelope.sequence(2, 9), EventEnvelope.sequence(3, 0),
        EventEnvelope.sequence(3, 1), EventEnvelope.sequence(10, 0), EventEnvelope.sequence(123_456_789_012L, 0));
    List<String> sorted = new ArrayList<>(inOrder);
    java.util.Collections.shuffle(sorted);
    sorted.sort(String::compareTo);
    assertThat(sorted).containsExactlyElementsOf(inOrder);
    assertThat(EventEnvelope.sequence(3, 1)).isEqualTo("0000000000000003.0001");
  }

  @Test
  void itIsWrittenAsAStringAndReadBack() {
    EventEnvelope event = EventEnvelope.create(EventCatalog.SUGGESTION_SUBMITTED, "/t", "S-1", "C", "0000000000000003.0001",
        Instant.EPOCH, null, JsonMapper.builder().build().createObjectNode());
    String json = codec.encode(event);
    assertThat(json).contains("\"sequence\":\"0000000000000003.0001\"");
    assertThat(codec.decode(json).sequence()).isEqualTo("0000000000000003.0001");
  }

  @Test
  void aNumberFromBeforeIsReadAsThatVersionsFirstEventAndAMissingOneIsInvalid() {
    String before = "{\"specversion\":\"1.0\",\"id\":\"e\",\"source\":\"/s\",\"type\":\"t\",\"subject\":\"S\","
        + "\"time\":\"2026-01-01T00:00:00Z\",\"congressid\":\"C\",\"sequence\":7,\"data\":{}}";
    assertThat(codec.decode(before).sequence()).isEqualTo("0000000000000007.0000");
    assertThatThrownBy(() -> codec.decode(before.replace(",\"sequence\":7", "")))
        .isInstanceOf(InvalidEventException.class).hasMessageContaining("sequence");
  }
}
