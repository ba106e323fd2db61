package io.lianxin.suggestion.domain;

import java.time.LocalDate;

/** One logged contact with the deputy (走访记录), by the unit or confirmed by the deputy. */
public record Contact(ContactPhase phase, LocalDate date, ContactMode mode, String notes, String loggedBy,
    boolean confirmedByDeputy) {}
