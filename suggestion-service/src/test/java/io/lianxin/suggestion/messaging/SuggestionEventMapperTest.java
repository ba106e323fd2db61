package io.lianxin.suggestion.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.messaging.TypedEvents;
import io.lianxin.chassis.outbox.EventData;
import io.lianxin.chassis.outbox.PendingEvent;
import io.lianxin.events.EventCatalog;
import io.lianxin.events.EventCodec;
import io.lianxin.events.EventEnvelope;
import io.lianxin.events.EventSchemaValidator;
import io.lianxin.suggestion.domain.CongressLevel;
import io.lianxin.suggestion.domain.MotionBody;
import io.lianxin.suggestion.domain.MotionResult;
import io.lianxin.suggestion.domain.ReplyCategory;
import io.lianxin.suggestion.domain.ReviewStage;
import io.lianxin.suggestion.domain.SuggestionKind;
import io.lianxin.suggestion.domain.SuggestionNumber;
import io.lianxin.suggestion.domain.SuggestionPolicy;
import io.lianxin.suggestion.domain.Session;
import io.lianxin.suggestion.domain.Suggestion;
import io.lianxin.suggestion.domain.SuggestionCategory;
import io.lianxin.suggestion.domain.SuggestionDraft;
import io.lianxin.suggestion.domain.SuggestionEvent;
import java.time.Instant;
import java.time.ZoneId;
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

  @Test
  void theReplyReviewAndMotionEventsMatchTheirSchemas() {
    // given: a motion converted, and a suggestion whose reply was signed, sent back, reviewed and sent
    CurrentUser staff = new CurrentUser("s", "s", Set.of(Role.COMMITTEE_STAFF), "C1", null, null);
    Suggestion motion = Suggestion.draft("M1", DEPUTY, SuggestionDraft.motion("关于制定条例的议案", "内容",
        SuggestionCategory.HOUSING).during(Session.SESSION).byADelegation(), NOW);
    motion.submit(DEPUTY, CongressLevel.COUNTY, SuggestionPolicy.defaults(ZoneId.of("Asia/Shanghai")),
        new SuggestionNumber(2026, SuggestionKind.MOTION, 3), NOW);
    motion.register(staff, null, List.of());
    motion.takeEvents();
    Suggestion converted = motion.convertToSuggestion(staff, "S9", new SuggestionNumber(2026, SuggestionKind.SUGGESTION, 43),
        null, NOW);
    List<SuggestionEvent> reviewEvents = List.of(new SuggestionEvent.ReplySigned(0, ReplyCategory.B, true),
        new SuggestionEvent.ReplyReviewed(0),
        new SuggestionEvent.ReplySentBack(0, ReviewStage.LEADER_SIGN_OFF, "承诺时限过长", "leader"),
        new SuggestionEvent.MotionPlacedOnAgenda(MotionBody.PRESIDIUM, "城建环保工委", null),
        new SuggestionEvent.MotionDeliberated("城建环保工委", MotionResult.REFERRED, "转县政府研究"));
    // when
    List<PendingEvent> pending = new java.util.ArrayList<>(SuggestionEventMapper.toPending(motion, motion.takeEvents(), staff));
    pending.addAll(SuggestionEventMapper.toPending(converted, converted.takeEvents(), staff));
    pending.addAll(SuggestionEventMapper.toPending(converted, reviewEvents, staff));
    // expect
    EventCodec codec = new EventCodec();
    EventSchemaValidator validator = new EventSchemaValidator();
    assertThat(pending).hasSize(7).allSatisfy(p -> validator.assertValid(codec.encode(EventEnvelope.create(p.type(),
        "/suggestion-service", "S9", "C1", 1L, NOW, null, ((EventData) p.data()).toJson(codec.mapper())))));
  }

  @Test
  void theKeyItemAndDirectChannelEventsMatchTheirSchemas() {
    // given
    Suggestion s = Suggestion.draft("S1", DEPUTY,
        SuggestionDraft.suggestion("关于修路的建议", "内容", SuggestionCategory.TRANSPORT), NOW);
    java.time.LocalDate day = java.time.LocalDate.of(2026, 3, 20);
    List<SuggestionEvent> events = List.of(
        new SuggestionEvent.WorkingGroupSet(List.of("D3", "D4"), List.of("D4")),
        new SuggestionEvent.InspectionRecorded(1, "D3", day),
        new SuggestionEvent.ProgressReportRequested(1, "leader", day),
        new SuggestionEvent.ProgressReportSubmitted(1, "U1", day, false),
        new SuggestionEvent.DirectChannelSent(List.of("县委办公室"), List.of("U-party")));
    // when
    List<PendingEvent> pending = SuggestionEventMapper.toPending(s, events, DEPUTY);
    // expect
    EventCodec codec = new EventCodec();
    EventSchemaValidator validator = new EventSchemaValidator();
    assertThat(pending).hasSize(5).allSatisfy(p -> validator.assertValid(codec.encode(EventEnvelope.create(p.type(),
        "/suggestion-service", "S1", "C1", 1L, NOW, null, ((EventData) p.data()).toJson(codec.mapper())))));
    assertThat(((EventData) pending.get(4).data()).toJson(codec.mapper()).get("directChannelUnitIds").get(0).asString())
        .isEqualTo("U-party");
  }
}
