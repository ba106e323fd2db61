package io.lianxin.voting.application.port;

import io.lianxin.voting.domain.RegisteredDeputy;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * voting-service's copy of the register of deputies (代表名册副本), one entry per deputy of a
 * congress, built from deputy-service's events (ADR 0017). Nothing else writes it.
 */
public interface RegisterStore {

  Optional<RegisteredDeputy> find(String congressId, String deputyId);

  /** Every entry of a congress, those who left included. */
  List<RegisteredDeputy> ofCongress(String congressId);

  /** The entries of these deputies of a congress (those the copy does not hold are missing). */
  List<RegisteredDeputy> find(String congressId, Collection<String> deputyIds);

  /**
   * Writes {@code entry} if the stored one still has {@code expectedSequence} (null: none is
   * stored); false when another write came first (nothing changed).
   */
  boolean replace(RegisteredDeputy entry, String expectedSequence);
}
