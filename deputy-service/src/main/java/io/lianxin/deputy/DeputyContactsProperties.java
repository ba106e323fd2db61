package io.lianxin.deputy;

import io.lianxin.deputy.domain.ContactKind;
import io.lianxin.deputy.domain.ContactTally;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The rule of the two links (双联系, {@code lianxin.deputy.contacts.*}): how many contacts a year each person
 * should make; unset values take the defaults here.
 *
 * @param minimumPerYear the yearly minimum per kind
 */
@Validated
@ConfigurationProperties("lianxin.deputy.contacts")
public record DeputyContactsProperties(@Valid MinimumPerYear minimumPerYear) {

  /**
   * The yearly minimums ({@code lianxin.deputy.contacts.minimum-per-year.*}).
   *
   * @param memberWithDeputy contacts of a member of the standing committee with deputies (常委会组成人员联系代表), default 4
   * @param deputyWithVoters contacts of a deputy with voters (代表联系群众), default 4
   */
  public record MinimumPerYear(@Min(0) @Max(1000) Integer memberWithDeputy, @Min(0) @Max(1000) Integer deputyWithVoters) {
    public MinimumPerYear {
      memberWithDeputy = memberWithDeputy == null ? 4 : memberWithDeputy;
      deputyWithVoters = deputyWithVoters == null ? 4 : deputyWithVoters;
    }
  }

  public DeputyContactsProperties {
    minimumPerYear = minimumPerYear == null ? new MinimumPerYear(null, null) : minimumPerYear;
  }

  ContactTally toTally() {
    return ContactTally.of(Map.of(ContactKind.MEMBER_WITH_DEPUTY, minimumPerYear.memberWithDeputy(),
        ContactKind.DEPUTY_WITH_VOTERS, minimumPerYear.deputyWithVoters()));
  }
}
