package io.lianxin.suggestion.application;

import io.lianxin.suggestion.application.port.SuggestionSearch;
import io.lianxin.suggestion.domain.Reply;
import io.lianxin.suggestion.domain.Suggestion;
import io.lianxin.suggestion.domain.SuggestionPolicy;
import io.lianxin.suggestion.domain.SuggestionState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The business meters of suggestion handling, tagged by congress and never by person:
 *
 * <ul>
 *   <li>{@code lianxin.suggestion.items{congress,state}} — a gauge: how many items are in each state now;
 *   <li>{@code lianxin.suggestion.overdue{congress}} — a gauge: how many items are past their reply due
 *       date and not replied (逾期未答复);
 *   <li>{@code lianxin.suggestion.replies{congress,timeliness=on_time|late}} — a counter: replies signed
 *       (签发) by this replica, by whether they were signed by their due date.
 * </ul>
 *
 * <p>Items by state and overdue items are gauges read from the database every
 * {@code lianxin.suggestion.meters-interval}, not counters of transitions: they are stocks, and read
 * from the one database every replica shows the same figure, across restarts, also for changes no
 * command made here (the deadline engine, a migration). Once a congress has been seen every state of
 * it has a gauge, 0 when no item is in it, so a state emptied shows 0 rather than its last value.
 * Replies are events: a counter, increased once the signed reply is saved.
 */
@Component
public class SuggestionMeters {

  private static final Logger log = LoggerFactory.getLogger(SuggestionMeters.class);

  /** How a signed reply stands against its due date (the {@code timeliness} tag). */
  public enum Timeliness {
    ON_TIME, LATE;

    String tag() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final SuggestionSearch search;
  private final Clock clock;
  private final SuggestionPolicy policy;
  private final MeterRegistry meters;
  private final Map<List<String>, AtomicLong> items = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> overdue = new ConcurrentHashMap<>();

  public SuggestionMeters(SuggestionSearch search, Clock clock, SuggestionPolicy policy, MeterRegistry meters) {
    this.search = search;
    this.clock = clock;
    this.policy = policy;
    this.meters = meters;
  }

  @Scheduled(fixedDelayString = "${lianxin.suggestion.meters-interval:1m}")
  public void scheduled() {
    try {
      refresh();
    } catch (RuntimeException e) {
      log.warn("business meters not refreshed (the gauges keep their last values): {}", e.toString());
    }
  }

  /** Reads the items by state and the overdue items of every congress from the database. */
  public void refresh() {
    Map<String, Map<SuggestionState, Long>> byState = search.countByCongressAndState();
    Map<String, Long> overdueNow = search.countOverdueByCongress(LocalDate.ofInstant(clock.instant(), policy.zone()));
    byState.keySet().forEach(this::registerCongress);
    overdueNow.keySet().forEach(this::registerCongress);
    items.forEach((key, value) -> value.set(
        byState.getOrDefault(key.get(0), Map.of()).getOrDefault(SuggestionState.valueOf(key.get(1)), 0L)));
    overdue.forEach((congress, value) -> value.set(overdueNow.getOrDefault(congress, 0L)));
  }

  /** Counts the reply the item's latest round just sent to the deputies (after the committee's review where it applies). */
  public void replySigned(Suggestion s) {
    Reply reply = s.latestReply();
    Timeliness timeliness = reply.onTime() ? Timeliness.ON_TIME : Timeliness.LATE;
    Counter.builder("lianxin.suggestion.replies").description("replies sent to the deputies, by whether signed by their due date")
        .tag("congress", s.congressId()).tag("timeliness", timeliness.tag()).register(meters).increment();
  }

  private void registerCongress(String congress) {
    for (SuggestionState state : SuggestionState.values()) {
      items.computeIfAbsent(List.of(congress, state.name()), key -> {
        AtomicLong value = new AtomicLong();
        Gauge.builder("lianxin.suggestion.items", value, AtomicLong::get).description("items in each state")
            .tag("congress", congress).tag("state", state.name()).register(meters);
        return value;
      });
    }
    overdue.computeIfAbsent(congress, c -> {
      AtomicLong value = new AtomicLong();
      Gauge.builder("lianxin.suggestion.overdue", value, AtomicLong::get)
          .description("items past their reply due date and not replied").tag("congress", c).register(meters);
      return value;
    });
  }
}
