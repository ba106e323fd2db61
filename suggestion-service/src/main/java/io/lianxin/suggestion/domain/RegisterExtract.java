package io.lianxin.suggestion.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The entries of the register (名册摘录) a command names — its co-signers, its proposer, its units —
 * read from suggestion-service's copy of deputy-service's register. An id the extract does not hold,
 * or holds as left, is not someone an item may name: the command is refused, naming every such id
 * (422), and nothing is written. Checked after the item's own rules, so a caller who may not act at
 * all still learns that first (403/409).
 */
public record RegisterExtract(String congressId, Map<String, RegisteredDeputy> deputies,
    Map<String, RegisteredUnit> units) {

  public RegisterExtract {
    deputies = Map.copyOf(deputies);
    units = Map.copyOf(units);
  }

  /** Every co-signer an active deputy of the item's congress; a delegation motion tabled by its head. */
  public void checkSigners(Suggestion item) {
    List<String> unknown = notActive(item.coSignerDeputyIds(), this::activeDeputy);
    Guard.rule(unknown.isEmpty(), "coSignerDeputyIds",
        "not active deputies of " + congressId + " in the register: " + String.join(", ", unknown));
    if (item.byDelegation()) {
      RegisteredDeputy proposer = deputies.get(item.proposerDeputyId());
      Guard.rule(proposer != null && proposer.active() && proposer.delegationHead() && proposer.delegation() != null,
          "byDelegation", "a delegation motion (代表团议案) is tabled by the head of a delegation; the register does "
              + "not name " + item.proposerDeputyId() + " as one");
    }
  }

  /** The lead unit and every co-unit active handling units of the congress. */
  public void checkUnits(AssignTo to) {
    Guard.rule(active(to.leadUnitId()), "leadUnitId",
        "not an active handling unit of " + congressId + " in the register: " + to.leadUnitId());
    List<String> unknown = notActive(to.coUnitIds(), this::active);
    Guard.rule(unknown.isEmpty(), "coUnitIds",
        "not active handling units of " + congressId + " in the register: " + String.join(", ", unknown));
  }

  /** Every deputy of a key item's working group (督办专班) an active deputy of the congress. */
  public void checkWorkingGroup(List<String> deputyIds) {
    List<String> unknown = notActive(deputyIds, this::activeDeputy);
    Guard.rule(unknown.isEmpty(), "deputyIds",
        "not active deputies of " + congressId + " in the register: " + String.join(", ", unknown));
  }

  /**
   * A key item's supervising leader (领衔督办) is a member of the chair's council (主任会议: chair,
   * vice-chair or secretary-general of the standing committee) who is an active deputy of the
   * congress in the register — "常委会领导领衔督办"; a standing-committee member without a seat on the
   * council, another deputy or an id the register does not hold is refused by name.
   */
  public void checkSupervisingLeader(String leaderId) {
    RegisteredDeputy leader = deputies.get(leaderId);
    Guard.rule(leader != null && leader.activeOnChairsCouncil(), "leaderId", "not an active member of the chair's "
        + "council (主任会议) of " + congressId + " in the register: " + leaderId);
  }

  /**
   * The names of the direct channel's recipients (直通车), in the order given: each must be an
   * active unit of the congress — the party committee's and the government's offices are entered
   * in the register as units; other ids are refused by name.
   */
  public List<String> directChannelRecipients(List<String> unitIds) {
    List<String> unknown = notActive(unitIds, this::active);
    Guard.rule(unknown.isEmpty(), "recipientUnitIds",
        "not active units of " + congressId + " in the register: " + String.join(", ", unknown));
    return unitIds.stream().map(u -> units.get(u).name()).toList();
  }

  /**
   * Re-handling (再作研究办理) goes to the unit that replied or, moved up, to its superior as the
   * register names it ({@code unitId} null or blank: the same unit).
   */
  public void checkRehandlingUnit(String replyingUnitId, String unitId) {
    if (unitId == null || unitId.isBlank() || unitId.equals(replyingUnitId)) {
      return;
    }
    RegisteredUnit replying = units.get(replyingUnitId);
    String superior = replying == null ? null : replying.superiorUnitId();
    Guard.rule(active(unitId) && unitId.equals(superior), "unitId", "re-handling goes to the same unit or its "
        + "superior; the register names " + (superior == null ? "no superior" : superior) + " above " + replyingUnitId);
  }

  private boolean active(String unitId) {
    RegisteredUnit unit = units.get(unitId);
    return unit != null && unit.active();
  }

  private boolean activeDeputy(String deputyId) {
    RegisteredDeputy deputy = deputies.get(deputyId);
    return deputy != null && deputy.active();
  }

  /** The ids that are not active entries, sorted, each once. */
  private static List<String> notActive(Collection<String> ids, java.util.function.Predicate<String> active) {
    return ids.stream().filter(Objects::nonNull).distinct().filter(active.negate()).sorted().toList();
  }
}
