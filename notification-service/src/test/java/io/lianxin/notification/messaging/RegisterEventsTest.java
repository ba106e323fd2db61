package io.lianxin.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.events.EventCodec;
import io.lianxin.events.EventEnvelope;
import io.lianxin.events.EventSchemaValidator;
import io.lianxin.events.InvalidEventException;
import io.lianxin.notification.domain.RegisterName;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RegisterEventsTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  static EventEnvelope example(String slug) {
    return new EventCodec().decode(EventSchemaValidator.read("lianxin/events/examples/lianxin.deputy." + slug + ".v1.json"));
  }

  @Test
  void theContractsDeputyExampleIsAnActiveEntryWithItsSequence() {
    // given
    EventEnvelope registered = example("deputy-registered");
    // when
    RegisterName entry = RegisterEvents.read(registered).orElseThrow();
    // expect
    assertThat(entry).isEqualTo(new RegisterName("cn-county-qingshan", RegisterName.Kind.DEPUTY, "D-qingshan-001",
        "青山县代表 甲", RegisterName.Status.ACTIVE, "0000000000000001.0000"));
  }

  @Test
  void aDeputyOrUnitWhoLeftIsALeftEntryThatKeepsTheName() {
    // given / when
    RegisterName deputy = RegisterEvents.read(example("deputy-left")).orElseThrow();
    RegisterName unit = RegisterEvents.read(example("unit-left")).orElseThrow();
    // expect
    assertThat(deputy.left()).isTrue();
    assertThat(deputy.name()).isEqualTo("青山县代表 甲");
    assertThat(unit.kind()).isEqualTo(RegisterName.Kind.UNIT);
    assertThat(unit.left()).isTrue();
    assertThat(unit.name()).isEqualTo("青山县住房和城乡建设局");
  }

  @Test
  void otherEventsAreNoRegisterEvents() {
    // given
    EventEnvelope other = new EventEnvelope("e-1", "/suggestion-service", "lianxin.suggestion.submitted.v1", "s-1",
        Instant.EPOCH, null, "C", 1, null, JSON.readTree("{}"));
    // when / expect
    assertThat(RegisterEvents.read(other)).isEmpty();
  }

  @Test
  void aRegisterEventWithoutAName() {
    // given
    EventEnvelope nameless = new EventEnvelope("e-1", "/deputy-service", "lianxin.deputy.unit-registered.v1", "U-1",
        Instant.EPOCH, null, "C", 1, null, JSON.readTree("{\"unitId\":\"U-1\",\"status\":\"ACTIVE\"}"));
    // when / expect
    assertThatThrownBy(() -> RegisterEvents.read(nameless)).isInstanceOf(InvalidEventException.class);
  }
}
