package io.lianxin.deputy.persistence;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.deputy.application.port.MinimumNoticeStore;
import io.lianxin.deputy.domain.MinimumNotice;
import io.lianxin.deputy.messaging.WorkEventMapper;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Notices of deputies below the minimums in MongoDB, read by id. */
@Repository
public class MongoMinimumNoticeStore implements MinimumNoticeStore {

  private final MongoTemplate mongo;
  private final LocalAggregates writes;

  public MongoMinimumNoticeStore(MongoTemplate mongo, LocalAggregates writes) {
    this.mongo = mongo;
    this.writes = writes;
  }

  @Override
  public Optional<MinimumNotice> find(String congressId, String noticeId) {
    return Optional.ofNullable(mongo.findById(DeputyDocument.idOf(congressId, noticeId), MinimumNoticeDocument.class))
        .map(MinimumNoticeDocument::toNotice);
  }

  @Override
  public MinimumNotice insert(MinimumNotice notice, CurrentUser actor) {
    writes.write(MinimumNoticeDocument.of(notice), WorkEventMapper.forMinimumNotice(notice, notice.takeEvents(), actor));
    return notice;
  }
}
