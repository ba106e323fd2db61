package io.lianxin.suggestion.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.messaging.TypedEvents;
import io.lianxin.chassis.outbox.EventData;
import io.lianxin.chassis.outbox.PendingEvent;
import io.lianxin.events.EventCatalog;
import io.lianxin.events.EventCodec;
import io.lianxin.suggestion.domain.Session;
import io.lianxin.suggestion.domain.Suggestion;
import io.lianxin.suggestion.domain.SuggestionCategory;
import io.lianxin.suggestion.domain.SuggestionDraft;
import io.lianxin.suggestion.domain.SuggestionEvent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Domain events as the contract publishes them: snapshot, then the record's non-null facts. */
class SuggestionEventMapperTest {

  static final CurrentUser DEPUTY = new CurrentUser("d1", "d1", Set.of(Role.DEPUTY), "C1", "D1", null);
  static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

  @Test
  void everyEventRecordHasAContract() {
    // expect: one contract per record, the record's name being the type
    assertThat(Arrays.stream(SuggestionEvent.class.getPermittedSubclasses()))
        .allSatisfy(type -> assertThat(EventCatalog.find("lianxin.suggestion." + TypedEvents.slug(type) + ".v1"))
            .as(type.getSimpleName()).isPresent());
    assertThat(TypedEvents.slug(SuggestionEvent.ReplyDueSoon.class)).isEqualTo("reply-due-soon");
  }

  @Test
  void anEventCarriesTheSnapshotThenItsOwnFactsAndLeavesOutAbsentOnes() {
    // given
    Suggestion s = Suggestion.draft("S1", DEPUTY,
        SuggestionDraft.suggestion("关于修路的建议", "内容", SuggestionCategory.TRANSPORT), NOW);
    s.takeEvents();
    s.withdraw(DEPUTY, null, NOW);
    // when
    List<PendingEvent> pending = SuggestionEventMapper.toPending(s, s.takeEvents(), DEPUTY);
    // expect
    assertThat(pending).singleElement().satisfies(p -> {
      assertThat(p.type().name()).isEqualTo("lianxin.suggestion.withdrawn.v1");
      assertThat(p.summary()).isEqualTo("撤回 / withdrawn");
      assertThat(p.actorId()).isEqualTo("d1");
      JsonNode data = ((EventData) p.data()).toJson(new EventCodec().mapper());
      assertThat(data.get("suggestionId").asString()).isEqualTo("S1");
      assertThat(data.get("state").asString()).isEqualTo("WITHDRAWN");
      assertThat(data.has("reason")).as("no reason given: absent, not null").isFalse();
    });
  }

  @Test
  void factsKeepTheirContractFormats() {
    // given
    Suggestion s = Suggestion.draft("S1", DEPUTY,
        SuggestionDraft.suggestion("关于修路的建议", "内容", SuggestionCategory.TRANSPORT), NOW);
    // when
    JsonNode data = ((EventData) SuggestionEventMapper.toPending(s, s.takeEvents(), null).get(0).data())
        .toJson(new EventCodec().mapper());
    // expect
    assertThat(data.get("session").asString()).isEqualTo(Session.RECESS.name());
    assertThat(data.get("coUnitIds").isArray()).isTrue();
    assertThat(data.get("number").isNull()).as("the snapshot keeps its nulls").isTrue();
  }
}
