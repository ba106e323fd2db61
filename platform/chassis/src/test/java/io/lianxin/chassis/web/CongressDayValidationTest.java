package io.lianxin.chassis.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Given 00:30 in Beijing (still yesterday in UTC), when a date of "today" is checked, expect it in the present. */
class CongressDayValidationTest {

  record Entry(@PastOrPresent LocalDate date) {}

  @Test
  void todayIsTodayInTheCongresssZone() {
    Clock utc = Clock.fixed(Instant.parse("2026-12-01T16:30:00Z"), ZoneOffset.UTC);
    jakarta.validation.Configuration<?> configuration = Validation.byDefaultProvider().configure();
    new LianxinWebAutoConfiguration().congressDayForValidation(utc, ZoneId.of("Asia/Shanghai")).customize(configuration);
    Validator validator = configuration.buildValidatorFactory().getValidator();
    assertThat(validator.validate(new Entry(LocalDate.of(2026, 12, 2)))).as("today in Beijing").isEmpty();
    assertThat(validator.validate(new Entry(LocalDate.of(2026, 12, 3)))).as("tomorrow in Beijing").hasSize(1);
  }
}
