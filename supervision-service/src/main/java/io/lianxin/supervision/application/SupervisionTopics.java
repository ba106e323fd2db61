package io.lianxin.supervision.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.supervision.application.port.TopicStore;
import io.lianxin.supervision.application.port.TopicSupportStore;
import io.lianxin.supervision.domain.Feasibility;
import io.lianxin.supervision.domain.ProposerKind;
import io.lianxin.supervision.domain.SupervisionPolicy;
import io.lianxin.supervision.domain.SupervisionTopic;
import io.lianxin.supervision.domain.TopicStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Supervision topics asked of the people (问需于民): deputies, residents and the office propose them;
 * deputies and residents support them, one support per person (a second is refused, 409, nothing
 * written); the office merges a duplicate into another — the supports are copied there first under
 * the same unique key (a person who supported both counts once), then the duplicate is saved as
 * merged, so a merge retried after a failure copies nothing twice — and records its feasibility.
 * Every signed-in caller of the congress reads them.
 */
@Service
public class SupervisionTopics {

  /** A topic with the number of its supports. */
  public record Counted(SupervisionTopic topic, long supports) {}

  private final TopicStore topics;
  private final TopicSupportStore supports;
  private final SupervisionPolicy policy;
  private final Clock clock;

  public SupervisionTopics(TopicStore topics, TopicSupportStore supports, SupervisionPolicy policy, Clock clock) {
    this.topics = topics;
    this.supports = supports;
    this.policy = policy;
    this.clock = clock;
  }

  public Counted propose(CurrentUser caller, String title, String description) {
    ProposerKind kind = caller.has(Role.DEPUTY) ? ProposerKind.DEPUTY
        : caller.has(Role.PUBLIC) ? ProposerKind.RESIDENT : ProposerKind.STAFF;
    SupervisionTopic topic = SupervisionTopic.propose(caller.congressId(), UUID.randomUUID().toString(),
        new SupervisionTopic.Proposal(title, description, caller.subject(), kind,
            LocalDate.ofInstant(clock.instant(), policy.zone())));
    return new Counted(topics.insert(topic, caller).item(), 0);
  }

  /** One support per person: the unique key refuses a second (409). */
  public Counted support(CurrentUser caller, String topicId) {
    SupervisionTopic topic = load(caller.congressId(), topicId).item();
    topic.requireOpenForSupport();
    if (!supports.support(caller.congressId(), topicId, caller.subject())) {
      throw new IllegalTransitionException("support the topic again", "SUPPORTED");
    }
    return counted(topic);
  }

  /** Merges the duplicate {@code topicId} into {@code intoTopicId}; returns the topic merged into. */
  public Counted merge(CurrentUser staff, String topicId, String intoTopicId) {
    Loaded<SupervisionTopic> duplicate = load(staff.congressId(), topicId);
    SupervisionTopic into = topics.find(staff.congressId(), intoTopicId).map(Loaded::item)
        .orElseThrow(() -> new RuleViolationException("intoTopicId",
            "没有这个议题 / no such topic: " + intoTopicId));
    duplicate.item().mergeInto(into); // refuses before anything is written
    supports.copySupports(staff.congressId(), topicId, intoTopicId);
    topics.save(duplicate, staff);
    supports.copySupports(staff.congressId(), topicId, intoTopicId); // a support that landed meanwhile
    return counted(into);
  }

  public Counted assess(CurrentUser staff, String topicId, Feasibility feasibility, String note) {
    Loaded<SupervisionTopic> loaded = load(staff.congressId(), topicId);
    loaded.item().assessFeasibility(feasibility, note);
    return counted(topics.save(loaded, staff).item());
  }

  public Counted topic(CurrentUser caller, String topicId) {
    return counted(load(caller.congressId(), topicId).item());
  }

  public Page<Counted> list(CurrentUser caller, TopicStatus status, int page, int size) {
    List<SupervisionTopic> found = topics.list(caller.congressId(), status, page, size);
    Map<String, Long> counts = supports.counts(caller.congressId(),
        found.stream().map(SupervisionTopic::topicId).toList());
    return new Page<>(found.stream().map(t -> new Counted(t, counts.getOrDefault(t.topicId(), 0L))).toList(), page,
        size, topics.count(caller.congressId(), status));
  }

  private Counted counted(SupervisionTopic t) {
    return new Counted(t, supports.counts(t.congressId(), List.of(t.topicId())).getOrDefault(t.topicId(), 0L));
  }

  private Loaded<SupervisionTopic> load(String congressId, String topicId) {
    return topics.find(congressId, topicId).orElseThrow(() -> new NotFoundException("topic", topicId));
  }
}
