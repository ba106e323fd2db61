package io.lianxin.deputy.application.port;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.deputy.domain.MinimumNotice;
import java.util.Optional;

/** Notices of deputies below the yearly minimums, each one write with its event (the outbox). */
public interface MinimumNoticeStore {

  Optional<MinimumNotice> find(String congressId, String noticeId);

  /** Inserts; a notice of the same day written meanwhile fails on the key (409). */
  MinimumNotice insert(MinimumNotice notice, CurrentUser actor);
}
