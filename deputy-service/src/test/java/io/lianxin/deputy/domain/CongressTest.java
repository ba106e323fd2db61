package io.lianxin.deputy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of the register of congresses (人大名册), given / when / expect. */
class CongressTest {

  static final Term SEVENTEENTH = new Term(17, LocalDate.of(2021, 1, 10), LocalDate.of(2026, 1, 9));
  static final Term EIGHTEENTH = new Term(18, LocalDate.of(2026, 1, 10), LocalDate.of(2031, 1, 9));
  static final Congress CITY = Congress.restore("cn-city-yunzhou",
      new Congress.Details("云州市人民代表大会", CongressLevel.CITY, null, List.of()));

  static Congress.Details county(String parent, Term... terms) {
    return new Congress.Details("青山县人民代表大会", CongressLevel.COUNTY, parent, List.of(terms));
  }

  static CurrentUser admin(String congressId) {
    return new CurrentUser("admin", "管理员", Set.of(Role.ADMIN), congressId, null, null);
  }

  @Test
  void aCongressIsRegisteredUnderItsParentAndAnUpdateNamesWhatChanged() {
    // given
    Congress congress = Congress.register("cn-county-qingshan", county("cn-city-yunzhou", SEVENTEENTH), CITY);
    // when
    congress.update(county("cn-city-yunzhou", EIGHTEENTH, SEVENTEENTH), CITY, List.of());
    congress.update(county("cn-city-yunzhou", SEVENTEENTH, EIGHTEENTH), CITY, List.of());
    // expect
    assertThat(congress.takeEvents()).containsExactly(new RegisterEvent.CongressRegistered(),
        new RegisterEvent.CongressUpdated(List.of("terms")));
    assertThat(congress.details().terms()).as("by number, however given").containsExactly(SEVENTEENTH, EIGHTEENTH);
  }

  @Test
  void overlappingTermsAreRefused() {
    // given
    Term overlapping = new Term(18, LocalDate.of(2026, 1, 9), null);
    // when / expect
    assertThatThrownBy(() -> county(null, SEVENTEENTH, overlapping)).isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("terms 17 and 18 overlap");
    assertThatThrownBy(() -> county(null, new Term(17, LocalDate.of(2021, 1, 10), null), EIGHTEENTH))
        .as("a term without an end runs on").hasMessageContaining("overlap");
    assertThatCode(() -> county(null, SEVENTEENTH, new Term(18, LocalDate.of(2026, 1, 10), null)))
        .as("the next day is not an overlap").doesNotThrowAnyException();
  }

  @Test
  void termsMustBeNumberedInTheOrderTheyRunAndNumberedOnce() {
    // given
    Term earlierButEighteenth = new Term(18, LocalDate.of(2016, 1, 10), LocalDate.of(2021, 1, 9));
    Term seventeenthAgain = new Term(17, LocalDate.of(2026, 1, 10), LocalDate.of(2031, 1, 9));
    // when / expect
    assertThatThrownBy(() -> county(null, SEVENTEENTH, earlierButEighteenth)).isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("numbered in the order they run");
    assertThatThrownBy(() -> county(null, SEVENTEENTH, seventeenthAgain)).isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("numbered in the order they run");
  }

  @Test
  void aTermMustNotEndBeforeItStartsNorHaveANumberBelowOne() {
    // when / expect
    assertThatThrownBy(() -> new Term(18, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 9)))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("ends (2026-01-09) before it starts");
    assertThatThrownBy(() -> new Term(0, LocalDate.of(2026, 1, 10), null)).isInstanceOf(RuleViolationException.class);
    assertThatCode(() -> new Term(1, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 10))).doesNotThrowAnyException();
  }

  @Test
  void theParentMustBeInTheRegisterOneLevelUp() {
    // given
    Congress province = Congress.restore("cn-province-x", new Congress.Details("某省人大", CongressLevel.PROVINCIAL,
        null, List.of()));
    // when / expect
    assertThatThrownBy(() -> Congress.register("cn-county-qingshan", county("cn-city-yunzhou"), null))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("no congress cn-city-yunzhou in the register")
        .extracting(e -> ((RuleViolationException) e).field()).isEqualTo("parentCongressId");
    assertThatThrownBy(() -> Congress.register("cn-county-qingshan", county("cn-province-x"), province))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("the parent of a COUNTY congress must be a CITY congress; cn-province-x is PROVINCIAL");
    assertThatCode(() -> Congress.register("cn-county-qingshan", county("cn-city-yunzhou"), CITY))
        .doesNotThrowAnyException();
    assertThatCode(() -> Congress.register("cn-county-qingshan", county(null), null))
        .as("a top entry of the register").doesNotThrowAnyException();
  }

  @Test
  void aCongressCannotBeItsOwnParent() {
    // given
    Congress county = Congress.register("cn-county-qingshan", county(null), null);
    // when / expect
    assertThatThrownBy(() -> county.update(county("cn-county-qingshan"), county, List.of()))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("must be a CITY congress");
  }

  @Test
  void theNationalCongressHasNoParentAndEachLevelsParentIsTheOneAbove() {
    // when / expect
    assertThatThrownBy(() -> new Congress.Details("全国人民代表大会", CongressLevel.NATIONAL, "cn-other", List.of()))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("the national congress has no parent");
    assertThat(CongressLevel.NATIONAL.parentLevel()).isEmpty();
    assertThat(CongressLevel.PROVINCIAL.parentLevel()).contains(CongressLevel.NATIONAL);
    assertThat(CongressLevel.TOWNSHIP.parentLevel()).contains(CongressLevel.COUNTY);
  }

  @Test
  void theLevelCannotChangeWhileCongressesAreRegisteredBelow() {
    // given
    Congress county = Congress.register("cn-county-qingshan", county(null), null);
    county.takeEvents();
    Congress.Details asCity = new Congress.Details("青山市人民代表大会", CongressLevel.CITY, null, List.of());
    // when / expect
    assertThatThrownBy(() -> county.update(asCity, null, List.of("cn-township-a", "cn-township-b")))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("cn-township-a, cn-township-b");
    assertThat(county.takeEvents()).isEmpty();
    county.update(asCity, null, List.of());
    assertThat(county.takeEvents()).containsExactly(new RegisterEvent.CongressUpdated(List.of("name", "level")));
  }

  @Test
  void theCurrentTermIsTheOneContainingTodayBothEndsIncluded() {
    // given
    Congress congress = Congress.restore("cn-county-qingshan", county(null, SEVENTEENTH,
        new Term(18, LocalDate.of(2026, 3, 1), null)));
    // when / expect
    assertThat(congress.currentTerm(LocalDate.of(2026, 1, 9))).contains(SEVENTEENTH);
    assertThat(congress.currentTerm(LocalDate.of(2021, 1, 10))).contains(SEVENTEENTH);
    assertThat(congress.currentTerm(LocalDate.of(2026, 2, 1))).as("between terms").isEmpty();
    assertThat(congress.currentTerm(LocalDate.of(2040, 1, 1))).map(Term::number).contains(18);
    assertThat(congress.currentTerm(LocalDate.of(2020, 1, 1))).isEmpty();
  }

  @Test
  void anAdminOfTheCongressOrOfItsParentWritesItsEntryAndNoOneElse() {
    // when / expect
    assertThatCode(() -> Congress.requireWriter(admin("cn-county-qingshan"), "cn-county-qingshan", "cn-city-yunzhou"))
        .doesNotThrowAnyException();
    assertThatCode(() -> Congress.requireWriter(admin("cn-city-yunzhou"), "cn-county-qingshan", "cn-city-yunzhou"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> Congress.requireWriter(admin("cn-district-hexi"), "cn-county-qingshan", "cn-city-yunzhou"))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> Congress.requireWriter(admin("cn-district-hexi"), "cn-county-qingshan", null))
        .as("a top entry: only its own admin").isInstanceOf(ForbiddenException.class);
    CurrentUser staff = new CurrentUser("staff", "工作人员", Set.of(Role.COMMITTEE_STAFF), "cn-county-qingshan", null, null);
    assertThatThrownBy(() -> Congress.requireWriter(staff, "cn-county-qingshan", null)).isInstanceOf(ForbiddenException.class);
  }
}
