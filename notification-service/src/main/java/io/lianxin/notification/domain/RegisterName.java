package io.lianxin.notification.domain;

import java.util.Objects;

/**
 * One entry of the copy of the register (代表与单位名录副本) that deputy-service owns: the name a
 * deputy or a handling unit is shown by in texts, whether they left (离任/撤销), and the CloudEvents
 * {@code sequence} of the register event it was last taken from. A deputy or unit who left keeps
 * their name, so that texts about their old items still read well.
 *
 * @param sequence the register event's sequence: text that orders as the register's changes do
 */
public record RegisterName(String congressId, Kind kind, String id, String name, Status status, String sequence) {

  /** What the register lists: a deputy (代表) or a handling unit (承办单位). */
  public enum Kind { DEPUTY, UNIT }

  /** In office (在任), or left (离任 / 撤销): kept for the texts about their past. */
  public enum Status { ACTIVE, LEFT }

  public RegisterName {
    Objects.requireNonNull(congressId, "congressId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(sequence, "sequence");
  }

  /**
   * Whether this entry replaces {@code known} (null: nothing known yet): only a later register
   * event does — a redelivered or older one (a sequence not after the known one) changes nothing.
   */
  public boolean supersedes(RegisterName known) {
    return known == null || sequence.compareTo(known.sequence) > 0;
  }

  public boolean left() {
    return status == Status.LEFT;
  }
}
