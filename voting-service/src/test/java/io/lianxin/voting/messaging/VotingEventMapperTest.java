package io.lianxin.voting.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.messaging.TypedEvents;
import io.lianxin.chassis.outbox.EventData;
import io.lianxin.chassis.outbox.PendingEvent;
import io.lianxin.events.EventCatalog;
import io.lianxin.events.EventCodec;
import io.lianxin.events.EventEnvelope;
import io.lianxin.events.InvalidEventException;
import io.lianxin.voting.application.PlenaryResult;
import io.lianxin.voting.domain.Poll;
import io.lianxin.voting.domain.PollKind;
import io.lianxin.voting.domain.PollMethod;
import io.lianxin.voting.domain.PollSpec;
import io.lianxin.voting.domain.Programme;
import io.lianxin.voting.domain.Proposal;
import io.lianxin.voting.domain.VoteRequest;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Typed events on the wire: the snapshot's fields, then the record's facts, exactly as the contract has them. */
class VotingEventMapperTest {

  static final CurrentUser STAFF = new CurrentUser("staff", "Staff", Set.of(Role.COMMITTEE_STAFF), "c1", null, null);
  static final CurrentUser RESIDENT = new CurrentUser("r1", "Resident", Set.of(Role.PUBLIC), "c1", null, null);
  static final Instant NOW = Instant.parse("2027-01-12T02:00:00Z");
  static final EventCodec CODEC = new EventCodec();

  static Poll named() {
    PollSpec spec = PollSpec.builder(PollMethod.YES_NO_ABSTAIN, List.of("任命"), 2).build();
    return Poll.draft("p1", "c1", STAFF, Poll.Draft.builder(PollKind.APPOINTMENT, "任命表决", spec, List.of("D1", "D2"))
        .secret(false).inPerson(true).build(), NOW);
  }

  static String data(PendingEvent event) {
    return ((EventData) event.data()).toJson(CODEC.mapper()).toString();
  }

  @Test
  void aCreatedPollCarriesItsSnapshotThenItsQuestionAndAnAbsentScheduleIsLeftOut() {
    // given
    Poll poll = named();
    // when
    List<PendingEvent> events = VotingEventMapper.forPoll(poll, poll.takeEvents(), STAFF);
    // expect
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type().name()).isEqualTo("lianxin.voting.poll-created.v1");
      assertThat(e.summary()).isEqualTo("起草表决《任命表决》");
      assertThat(data(e)).isEqualTo("{\"pollId\":\"p1\",\"congressId\":\"c1\",\"kind\":\"APPOINTMENT\",\"title\":\"任命表决\","
          + "\"state\":\"DRAFT\",\"secret\":false,\"isPublic\":false,\"publicFeed\":null,\"rollSize\":2,"
          + "\"requestId\":null,\"programmeId\":null,\"method\":\"YES_NO_ABSTAIN\",\"items\":[\"任命\"],\"scrutineers\":[]}");
    });
  }

  @Test
  void keyEventsCarryTheKeyAfterThePollsSnapshot() {
    // given
    PollSpec spec = PollSpec.builder(PollMethod.YES_NO_ABSTAIN, List.of("任命"), 2).build();
    Poll poll = Poll.draft("p1", "c1", STAFF, Poll.Draft.builder(PollKind.APPOINTMENT, "任命表决", spec, List.of("D1", "D2"))
        .build(), NOW);
    poll.takeEvents();
    // when
    poll.assignScrutineers(STAFF, List.of("S1", "S2", "S3"), null);
    // expect
    assertThat(VotingEventMapper.forPoll(poll, poll.takeEvents(), STAFF)).singleElement().satisfies(e -> {
      assertThat(e.type().name()).isEqualTo("lianxin.voting.scrutineers-assigned.v1");
      assertThat(e.summary()).isEqualTo("确定监票人 3 名（2 人可解密）");
      assertThat(data(e)).endsWith("\"programmeId\":null,\"scrutineers\":[\"S1\",\"S2\",\"S3\"],\"threshold\":2,"
          + "\"keyStage\":\"COMMITTING\"}");
    });
  }

  @Test
  void theSchedulersStepsSaySoInTheAuditTrailAndSignInCountsStayOffTheWire() {
    // given
    Poll poll = named();
    poll.takeEvents();
    // when
    poll.open(null, NOW);
    poll.signIn(STAFF, List.of("D1"));
    // expect
    List<PendingEvent> events = VotingEventMapper.forPoll(poll, poll.takeEvents(), null);
    assertThat(events).extracting(PendingEvent::summary).containsExactly("按时开始投票", "签到 1 人");
    assertThat(events.get(0).actorId()).isEqualTo("system");
    assertThat(data(events.get(0))).endsWith("\"roll\":[\"D1\",\"D2\"],\"openedAt\":\"2027-01-12T02:00:00Z\"}");
    assertThat(data(events.get(1))).endsWith("\"programmeId\":null,\"ballotsCast\":0,\"present\":1}");
  }

  @Test
  void aMergeNamesTheTargetInTheAuditTrailOnly() {
    // given
    Programme programme = Programme.open("g1", STAFF, 2027, "2027年民生实事", 2, NOW.plusSeconds(60), NOW);
    Proposal one = Proposal.propose("x1", programme, RESIDENT, "加装电梯", "d", null, null, null, null, NOW);
    Proposal other = Proposal.propose("x2", programme, RESIDENT, "电梯加装", "d", "幸福小区", null, null, null, NOW);
    one.takeEvents();
    // when
    one.mergeInto(STAFF, other);
    // expect
    assertThat(VotingEventMapper.forProposal(one, one.takeEvents(), STAFF)).singleElement().satisfies(e -> {
      assertThat(e.summary()).isEqualTo("并入《电梯加装》");
      assertThat(data(e)).isEqualTo("{\"proposalId\":\"x1\",\"programmeId\":\"g1\",\"congressId\":\"c1\","
          + "\"title\":\"加装电梯\",\"proposerId\":\"r1\",\"place\":null,\"source\":\"DIRECT\",\"sourceRef\":null,"
          + "\"into\":\"x2\"}");
    });
    assertThat(data(VotingEventMapper.forProposal(other, other.takeEvents(), RESIDENT).get(0))).as("proposed")
        .isEqualTo("{\"proposalId\":\"x2\",\"programmeId\":\"g1\",\"congressId\":\"c1\",\"title\":\"电梯加装\","
            + "\"proposerId\":\"r1\",\"place\":\"幸福小区\",\"source\":\"DIRECT\",\"sourceRef\":null}");
  }

  static EventEnvelope envelope(String type, String data) {
    JsonNode json = CODEC.mapper().readTree(data);
    return EventEnvelope.create(EventCatalog.find(type).orElseThrow(), "/test", "s1", "c1", 1, NOW, null, json);
  }

  @Test
  void aVoteRequestIsReadIntoItsRecordAndOneWithoutItsRequestIdIsInvalid() {
    // given
    String data = "{\"requestId\":\"req-1\",\"congressId\":\"c1\",\"title\":\"评议\",\"subjectType\":\"unit\","
        + "\"subjectId\":\"u1\",\"items\":[\"态度\"],\"roll\":[\"D1\"],\"closesAt\":\"2027-02-01T00:00:00Z\"}";
    // when
    VoteRequest request = TypedEvents.read(envelope("lianxin.supervision.satisfaction-vote-requested.v1", data),
        VoteRequest.class);
    // expect
    assertThat(request).isEqualTo(new VoteRequest("req-1", "c1", "评议", List.of("态度"), List.of("D1"), null, null, null,
        Instant.parse("2027-02-01T00:00:00Z"), List.of(), null));
    assertThatThrownBy(() -> TypedEvents.read(envelope("lianxin.supervision.satisfaction-vote-requested.v1",
        data.replace("\"requestId\":\"req-1\",", "")), VoteRequest.class)).isInstanceOf(InvalidEventException.class);
  }

  @Test
  void aPublishedResultIsReadForItsProgrammeAndOneWithoutItsSelectionIsInvalid() {
    // given
    String data = "{\"pollId\":\"p1\",\"programmeId\":\"g1\",\"valid\":true,\"selected\":[\"a\"],\"tiedAtCutoff\":[]}";
    // when
    PlenaryResult result = TypedEvents.read(envelope("lianxin.voting.result-published.v1", data), PlenaryResult.class);
    // expect
    assertThat(result).isEqualTo(new PlenaryResult("g1", true, List.of("a"), List.of()));
    assertThatThrownBy(() -> TypedEvents.read(envelope("lianxin.voting.result-published.v1",
        data.replace("\"selected\":[\"a\"],", "")), PlenaryResult.class)).isInstanceOf(InvalidEventException.class);
  }
}
