package io.lianxin.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

/** A directory line about a deputy agrees with the register (名录), which deputy-service owns. */
class DirectoryCsvRegisterTest {

  static final String HEADER = String.join(",", DirectoryCsv.COLUMNS) + "\n";

  static DirectoryCsv.Line line(String row) {
    DirectoryCsv.Parsed parsed = DirectoryCsv.parse(HEADER + row + "\n");
    assertThat(parsed.rejected()).isEmpty();
    return parsed.lines().get(0);
  }

  static RegisterName registered(String name) {
    return new RegisterName("C", RegisterName.Kind.DEPUTY, "D-1", name, RegisterName.Status.ACTIVE, "1");
  }

  @Test
  void aDeputyNotInTheRegisterIsRefusedWhenTheCongressKeepsOne() {
    // given
    DirectoryCsv.Line line = line("p1,王代表,DEPUTY,D-9,,,p1@example.cn,,,");
    // when / expect
    assertThatThrownBy(() -> line.checkAgainstRegister(true, line.deputyId(), null)).isInstanceOf(RuleViolationException.class)
        .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("deputyId"));
  }

  @Test
  void aNameOtherThanTheRegistersIsRefusedAndTheSameNameOrNoneIsTaken() {
    // given
    DirectoryCsv.Line renamed = line("p1,王大代表,DEPUTY,D-1,,,,,,");
    DirectoryCsv.Line sameName = line("p1,王代表,DEPUTY,D-1,,,p1@example.cn,,,");
    DirectoryCsv.Line channelsOnly = line("p1,,,D-1,,,p1@example.cn,13800000001,,en");
    // when / expect
    assertThatThrownBy(() -> renamed.checkAgainstRegister(true, "D-1", registered("王代表")))
        .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("name"));
    assertThatCode(() -> sameName.checkAgainstRegister(true, "D-1", registered("王代表"))).doesNotThrowAnyException();
    assertThatCode(() -> channelsOnly.checkAgainstRegister(true, "D-1", registered("王代表"))).doesNotThrowAnyException();
  }

  @Test
  void aCongressWithoutARegisterAndPeopleWhoAreNotDeputiesAreNotChecked() {
    // given
    DirectoryCsv.Line deputy = line("p1,王代表,DEPUTY,D-9,,,,,,");
    DirectoryCsv.Line staff = line("p2,李干事,COMMITTEE_STAFF,,,选任代工委,p2@example.cn,,,");
    // when / expect
    assertThatCode(() -> deputy.checkAgainstRegister(false, "D-9", null)).doesNotThrowAnyException();
    assertThatCode(() -> staff.checkAgainstRegister(true, null, null)).doesNotThrowAnyException();
  }

  @Test
  void aLineWithoutTheIdOfSomeoneWhoIsADeputyIsCheckedAsThatDeputy() {
    // given: the directory's person p1 is deputy D-1; the line names no deputy
    DirectoryCsv.Line rename = line("p1,王大代表,,,,,,,,");
    // when / expect
    assertThatThrownBy(() -> rename.checkAgainstRegister(true, "D-1", registered("王代表")))
        .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("name"));
  }
}
