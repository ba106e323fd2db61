package io.lianxin.voting.application;

import io.lianxin.voting.application.port.PollStore;
import io.lianxin.voting.domain.PollKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The service's business meters (业务指标), tagged by congress and poll kind — never by voter,
 * ballot, receipt or answer: {@code lianxin.voting.ballots.cast} (a counter: every ballot accepted,
 * a re-vote again) and {@code lianxin.voting.polls.open} (a gauge, refreshed with the scheduler; a
 * congress and kind once seen stays at 0 when none is open). In Prometheus:
 * {@code lianxin_voting_ballots_cast_total}, {@code lianxin_voting_polls_open}. They say no more
 * than the live turnout every poll already shows.
 */
@Component
public class VotingMeters {

  private static final Logger LOG = LoggerFactory.getLogger(VotingMeters.class);

  static final String BALLOTS_CAST = "lianxin.voting.ballots.cast";
  static final String OPEN_POLLS = "lianxin.voting.polls.open";

  private final MeterRegistry registry;
  private final PollStore store;
  private final MultiGauge openPolls;
  private final Set<Tags> seen = ConcurrentHashMap.newKeySet();

  public VotingMeters(MeterRegistry registry, PollStore store) {
    this.registry = registry;
    this.store = store;
    this.openPolls = MultiGauge.builder(OPEN_POLLS).description("polls open for voting now").register(registry);
  }

  /** A ballot of a poll of this congress and kind was accepted (its voter holds a receipt). */
  public void ballotCast(String congressId, PollKind kind) {
    Counter.builder(BALLOTS_CAST).description("ballots accepted, a re-vote again; never by voter or answer")
        .tags(tags(congressId, kind)).register(registry).increment();
  }

  /** Reads how many polls are open, by congress and kind, into {@code lianxin.voting.polls.open}. */
  public void refreshOpenPolls() {
    List<PollStore.OpenPolls> open;
    try {
      open = store.openPolls();
    } catch (RuntimeException unavailable) {
      // the store is away (readiness says so); the gauge keeps its last reading until it is back
      LOG.debug("open polls not read: {}", unavailable.toString());
      return;
    }
    Map<Tags, Long> counts = new LinkedHashMap<>();
    seen.forEach(t -> counts.put(t, 0L));
    open.forEach(o -> counts.put(tags(o.congressId(), o.kind()), o.polls()));
    seen.addAll(counts.keySet());
    List<MultiGauge.Row<?>> rows = counts.entrySet().stream()
        .<MultiGauge.Row<?>>map(e -> MultiGauge.Row.of(e.getKey(), e.getValue())).toList();
    openPolls.register(rows, true);
  }

  private static Tags tags(String congressId, PollKind kind) {
    return Tags.of("congress", congressId, "kind", kind.name());
  }
}
