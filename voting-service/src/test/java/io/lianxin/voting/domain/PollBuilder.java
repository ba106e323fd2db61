package io.lianxin.voting.domain;

import io.lianxin.chassis.domain.CurrentUser;
import java.time.Instant;
import java.util.List;

/**
 * Test data: a drafted poll, by default an appointment (任命) of five deputies, yes/no/abstain, by
 * staff, named, online and unscheduled; each call says what differs.
 */
final class PollBuilder {

  private String id = "p1";
  private CurrentUser staff = PollTest.STAFF;
  private PollKind kind = PollKind.APPOINTMENT;
  private String title = "任命表决";
  private List<String> roll = PollTest.ROLL;
  private PollSpec spec;
  private boolean secret;
  private boolean inPerson;
  private boolean autoPublish;
  private Instant opensAt;
  private Instant closesAt;
  private String requestId;
  private List<String> scrutineers;
  private Integer threshold;

  static PollBuilder aPoll() {
    return new PollBuilder();
  }

  PollBuilder id(String id) {
    this.id = id;
    return this;
  }

  /** Secret, with the test scrutineers, two of three decrypting. */
  PollBuilder secret() {
    return secretWith(TestScrutineers.IDS, 2);
  }

  PollBuilder secretWith(List<String> scrutineers, Integer threshold) {
    this.secret = true;
    this.scrutineers = scrutineers;
    this.threshold = threshold;
    return this;
  }

  PollBuilder inPerson(boolean inPerson) {
    this.inPerson = inPerson;
    return this;
  }

  PollBuilder kind(PollKind kind, String title) {
    this.kind = kind;
    this.title = title;
    return this;
  }

  PollBuilder spec(PollSpec spec) {
    this.spec = spec;
    return this;
  }

  PollBuilder roll(List<String> roll) {
    this.roll = roll;
    return this;
  }

  /** Requested by another service: no staff, published at close. */
  PollBuilder requested(String requestId) {
    this.staff = null;
    this.requestId = requestId;
    this.autoPublish = true;
    return this;
  }

  PollBuilder schedule(Instant opensAt, Instant closesAt) {
    this.opensAt = opensAt;
    this.closesAt = closesAt;
    return this;
  }

  Poll.Draft draft() {
    PollSpec s = spec != null ? spec
        : PollSpec.builder(PollMethod.YES_NO_ABSTAIN, List.of("任命"), roll.size()).choices(0, 1).build();
    return Poll.Draft.builder(kind, title, s, roll).secret(secret).inPerson(inPerson).isPublic(true)
        .autoPublish(autoPublish).schedule(opensAt, closesAt).requestId(requestId).scrutineers(scrutineers, threshold)
        .build();
  }

  Poll build() {
    return Poll.draft(id, "c1", staff, draft(), PollTest.NOW);
  }
}
