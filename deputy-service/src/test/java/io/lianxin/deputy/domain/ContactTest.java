package io.lianxin.deputy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of the two links (双联系), given / when / expect. */
class ContactTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  static final Contact.People MEMBER_AND_DEPUTY = new Contact.People(true, true, true);

  static Contact.Details memberWith(String deputyId) {
    return new Contact.Details(ContactKind.MEMBER_WITH_DEPUTY, "D-m", deputyId, ContactMode.VISIT, TODAY, null, "走访");
  }

  static Contact.Details withVoters(Integer voters) {
    return new Contact.Details(ContactKind.DEPUTY_WITH_VOTERS, "D-1", null, ContactMode.MEETING, TODAY, voters, null);
  }

  @Test
  void aMemberOfTheStandingCommitteeLogsAContactWithAnotherActiveDeputy() {
    // given
    Contact.Details details = memberWith("D-2");
    // when
    Contact contact = Contact.log("C", "K-1", details, MEMBER_AND_DEPUTY, TODAY);
    // expect
    assertThat(contact.details()).isEqualTo(details);
    assertThat(contact.takeEvents()).containsExactly(new WorkEvent.ContactLogged());
  }

  @Test
  void aMembersContactNeedsAMemberAndAnotherActiveDeputy() {
    // given / when / expect
    assertThatThrownBy(() -> Contact.log("C", "K-1", memberWith("D-2"), new Contact.People(true, false, true), TODAY))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("standing committee");
    assertThatThrownBy(() -> Contact.log("C", "K-1", memberWith("D-2"), new Contact.People(true, true, false), TODAY))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("D-2");
    assertThatThrownBy(() -> Contact.log("C", "K-1", memberWith("D-m"), MEMBER_AND_DEPUTY, TODAY)).as("themself")
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("another");
    assertThatThrownBy(() -> Contact.log("C", "K-1", memberWith(null), MEMBER_AND_DEPUTY, TODAY))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> Contact.log("C", "K-1", memberWith("D-2"), new Contact.People(false, true, true), TODAY))
        .as("a member who left").isInstanceOf(RuleViolationException.class).hasMessageContaining("D-m");
  }

  @Test
  void aDeputysContactWithVotersMeetsAtLeastOneAndNamesNoDeputy() {
    // given
    Contact.People deputy = new Contact.People(true, false, false);
    Contact.Details namingADeputy = new Contact.Details(ContactKind.DEPUTY_WITH_VOTERS, "D-1", "D-2", ContactMode.PHONE,
        TODAY, 3, null);
    // when
    Contact logged = Contact.log("C", "K-2", withVoters(12), deputy, TODAY);
    // expect
    assertThat(logged.details().votersMet()).isEqualTo(12);
    assertThatThrownBy(() -> Contact.log("C", "K-3", withVoters(null), deputy, TODAY))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("voter");
    assertThatThrownBy(() -> Contact.log("C", "K-3", withVoters(0), deputy, TODAY))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> Contact.log("C", "K-3", namingADeputy, deputy, TODAY))
        .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("field", "counterpartDeputyId");
  }

  @Test
  void aContactIsNotDatedAfterToday() {
    // given
    Contact.Details tomorrow = new Contact.Details(ContactKind.DEPUTY_WITH_VOTERS, "D-1", null, ContactMode.ONLINE,
        TODAY.plusDays(1), 1, null);
    // when / expect
    assertThatThrownBy(() -> Contact.log("C", "K-4", tomorrow, new Contact.People(true, false, false), TODAY))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("today");
  }

  @Test
  void eachBoundPersonIsCountedAgainstTheMinimumOfTheKindFewestFirst() {
    // given
    ContactTally tally = ContactTally.of(Map.of(ContactKind.MEMBER_WITH_DEPUTY, 4, ContactKind.DEPUTY_WITH_VOTERS, 2));
    // when: D-x made contacts but is not bound (not on the standing committee)
    List<ContactTally.Count> counts = tally.count(ContactKind.MEMBER_WITH_DEPUTY, 2026, List.of("D-b", "D-a", "D-c"),
        Map.of("D-a", 4L, "D-b", 1L, "D-x", 9L));
    // expect
    assertThat(counts).containsExactly(
        new ContactTally.Count("D-c", ContactKind.MEMBER_WITH_DEPUTY, 2026, 0, 4),
        new ContactTally.Count("D-b", ContactKind.MEMBER_WITH_DEPUTY, 2026, 1, 4),
        new ContactTally.Count("D-a", ContactKind.MEMBER_WITH_DEPUTY, 2026, 4, 4));
    assertThat(counts).extracting(ContactTally.Count::belowMinimum).containsExactly(true, true, false);
    assertThat(tally.minimumFor(ContactKind.DEPUTY_WITH_VOTERS)).isEqualTo(2);
  }

  @Test
  void aMinimumMustBeGivenForEveryKindAndNotNegative() {
    // given / when / expect
    assertThatThrownBy(() -> ContactTally.of(Map.of(ContactKind.MEMBER_WITH_DEPUTY, 4)))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("DEPUTY_WITH_VOTERS");
    assertThatThrownBy(() -> ContactTally.of(Map.of(ContactKind.MEMBER_WITH_DEPUTY, -1, ContactKind.DEPUTY_WITH_VOTERS, 1)))
        .isInstanceOf(RuleViolationException.class);
  }
}
