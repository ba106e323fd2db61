package io.lianxin.notification.application.port;

import io.lianxin.notification.domain.RegisterName;
import java.util.Optional;

/** The copy of the register's names (名录副本), one entry per congress, kind and id. */
public interface RegisterNameStore {

  Optional<RegisterName> find(String congressId, RegisterName.Kind kind, String id);

  /** Whether the copy has any entry of the congress. */
  boolean anyOf(String congressId);

  /** Whether the copy holds any entry of this kind in the congress. */
  boolean anyOf(String congressId, RegisterName.Kind kind);

  /** Creates or replaces the entry (one write). */
  void save(RegisterName entry);
}
