package io.lianxin.suggestion.application;

import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.outbox.AggregateStore;
import io.lianxin.chassis.outbox.HistoryEntry;
import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Role;
import io.lianxin.suggestion.domain.Suggestion;
import io.lianxin.suggestion.domain.SuggestionCategory;
import io.lianxin.suggestion.messaging.SuggestionEventMapper;
import io.lianxin.suggestion.persistence.SuggestionDocument;
import io.lianxin.suggestion.persistence.SuggestionRepository;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Use cases of suggestions: load, let the domain decide, save with events; who may see what. */
@Service
public class SuggestionService {

  private final SuggestionRepository repository;
  private final AggregateStore store;
  private final Clock clock;

  public SuggestionService(SuggestionRepository repository, AggregateStore store, Clock clock) {
    this.repository = repository;
    this.store = store;
    this.clock = clock;
  }

  public Suggestion submit(CurrentUser user, String title, String body, SuggestionCategory category) {
    if (!user.has(Role.DEPUTY) || user.deputyId() == null) {
      throw new ForbiddenException("only a deputy can submit a suggestion");
    }
    Suggestion suggestion = Suggestion.submit(UUID.randomUUID().toString(), user.congressId(), user.deputyId(),
        title, body, category, clock.instant());
    store.save(SuggestionDocument.from(suggestion, new SuggestionDocument()),
        SuggestionEventMapper.toPending(suggestion.takeEvents(), user));
    return suggestion;
  }

  public Suggestion get(CurrentUser user, String id) {
    return visible(user, id).toDomain();
  }

  public List<HistoryEntry> history(CurrentUser user, String id) {
    return visible(user, id).getHistory();
  }

  /**
   * Another congress's items and items the caller has no part in are "not found": a 404 tells
   * nothing about whether they exist.
   */
  private SuggestionDocument visible(CurrentUser user, String id) {
    SuggestionDocument doc = repository.find(id)
        .filter(d -> d.getCongressId().equals(user.congressId()))
        .orElseThrow(() -> new NotFoundException("suggestion", id));
    boolean office = user.hasAny(Role.COMMITTEE_STAFF, Role.LEADER, Role.ADMIN);
    if (!office && !doc.toDomain().involvesDeputy(user.deputyId())) {
      throw new NotFoundException("suggestion", id);
    }
    return doc;
  }
}
