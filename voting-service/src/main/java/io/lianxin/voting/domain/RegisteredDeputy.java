package io.lianxin.voting.domain;

import java.util.Objects;

/**
 * A deputy as voting-service's copy of the register holds them (代表名册副本): what deputy-service's
 * {@code deputy-registered}, {@code deputy-updated} and {@code deputy-left} events last said of this
 * deputy — each event carries the whole entry — with the CloudEvents {@code sequence} of that
 * event. The copy answers who may be put on a roll; deputy-service owns the register.
 *
 * @param delegation the delegation (代表团) the deputy belongs to, if any
 * @param deputyGroup the deputy group (代表小组), if any
 * @param standingCommitteeRole the deputy's seat on the standing committee (常委会组成人员); null: not on it
 * @param sequence the sequence of the event this entry is from (per deputy, increasing in text order)
 */
public record RegisteredDeputy(String deputyId, String congressId, String name, Status status, String delegation,
    String deputyGroup, StandingCommitteeRole standingCommitteeRole, String sequence) {

  /** A deputy's standing in the register: serving (在任), left (终止代表资格), removed (罢免). */
  public enum Status { ACTIVE, LEFT, REMOVED }

  /** A seat on the standing committee: member (委员), secretary-general (秘书长), vice-chair (副主任), chair (主任). */
  public enum StandingCommitteeRole { MEMBER, SECRETARY_GENERAL, VICE_CHAIR, CHAIR }

  public RegisteredDeputy {
    Objects.requireNonNull(deputyId, "deputyId");
    Objects.requireNonNull(congressId, "congressId");
    Objects.requireNonNull(status, "status");
  }

  /** The same entry, as said by the event with this sequence. */
  public RegisteredDeputy withSequence(String eventSequence) {
    return new RegisteredDeputy(deputyId, congressId, name, status, delegation, deputyGroup, standingCommitteeRole,
        Objects.requireNonNull(eventSequence, "sequence"));
  }

  /** Serving: may be put on a new roll. */
  public boolean active() {
    return status == Status.ACTIVE;
  }

  /** Serving and holding a seat on the standing committee. */
  public boolean onStandingCommittee() {
    return active() && standingCommitteeRole != null;
  }

  /**
   * Whether this entry replaces {@code stored} in the copy: only an event later in the deputy's
   * sequence does. The same event delivered again, or an older one arriving late, changes nothing.
   */
  public boolean supersedes(RegisteredDeputy stored) {
    return stored == null || stored.sequence() == null || sequence.compareTo(stored.sequence()) > 0;
  }
}
