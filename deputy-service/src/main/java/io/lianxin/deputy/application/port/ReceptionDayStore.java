package io.lianxin.deputy.application.port;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.deputy.domain.ReceptionDay;
import java.util.List;
import java.util.Optional;

/** Reception days (进站接待日), each one write with the events it caused (the outbox). */
public interface ReceptionDayStore {

  Optional<Loaded<ReceptionDay>> find(String congressId, String dayId);

  /** A congress's days dated in a quarter (1–4) of a year, by date and id; at most {@code limit}. */
  List<ReceptionDay> inQuarter(String congressId, int year, int quarter, int limit);

  /** The days of a year a deputy is on duty at, by date and id; at most {@code limit}. */
  List<ReceptionDay> ofDeputy(String congressId, String deputyId, int year, int limit);

  Loaded<ReceptionDay> insert(ReceptionDay day, CurrentUser actor);

  Loaded<ReceptionDay> save(Loaded<ReceptionDay> day, CurrentUser actor);
}
