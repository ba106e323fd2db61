package io.lianxin.suggestion.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a deputy of a key item's working group found on an inspection or survey (视察/调研发现):
 * numbered from 1 in the order recorded, the day it took place, the findings as written.
 */
public record Inspection(int number, String deputyId, LocalDate inspectedOn, String findings, Instant recordedAt) {}
