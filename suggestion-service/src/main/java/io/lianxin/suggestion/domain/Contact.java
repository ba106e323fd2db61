package io.lianxin.suggestion.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One contact with the deputy the lead unit logged (三访记录), numbered from 1 in the order logged,
 * and the proposing deputy's answer to it (代表确认 / 异议): null until the deputy answers.
 */
public record Contact(int number, ContactPhase phase, LocalDate date, ContactMode mode, String notes, String loggedBy,
    DeputyAnswer deputyAnswer) {

  /** The proposing deputy's confirmation or dispute of the entry; a dispute gives its reason. */
  public record DeputyAnswer(ContactResponse response, String reason, String deputyId, Instant at) {}

  Contact answered(DeputyAnswer answer) {
    return new Contact(number, phase, date, mode, notes, loggedBy, answer);
  }
}
