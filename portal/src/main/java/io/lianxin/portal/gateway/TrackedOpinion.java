package io.lianxin.portal.gateway;

import java.time.LocalDate;

/** A voter's opinion (选民意见) followed by its tracking code: its state, its dates and, once fed back, the answer. */
public record TrackedOpinion(String trackingCode, String state, LocalDate receivedOn, LocalDate handedOn,
    LocalDate answeredOn, LocalDate fedBackOn, String answer) {}
