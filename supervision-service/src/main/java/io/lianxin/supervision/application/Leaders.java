package io.lianxin.supervision.application;

import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.supervision.application.port.RegisterCopyStore;
import io.lianxin.supervision.domain.RegisteredDeputy;
import org.springframework.stereotype.Component;

/**
 * The leaders staff name — an opinion's supervising leader (分管领导), a project's lead leader (领衔督办) — are
 * deputies of the register on the chair's council (主任会议), as suggestion-service's key items' leaders are:
 * the notices of deadlines missed reach them by that deputy id ({@code deputy:<id>}).
 */
@Component
public class Leaders {

  private final RegisterCopyStore register;

  public Leaders(RegisterCopyStore register) {
    this.register = register;
  }

  /** Refuses (422 on {@code field}) an id that is not an active member of the chair's council of the congress. */
  public void require(String congressId, String field, String deputyId) {
    boolean leads = register.deputy(congressId, deputyId).filter(RegisteredDeputy::leadsTheStandingCommittee).isPresent();
    if (!leads) {
      throw new RuleViolationException(field, "名册中没有这位主任会议组成人员 / not a member of the chair's council in the register: "
          + deputyId);
    }
  }
}
