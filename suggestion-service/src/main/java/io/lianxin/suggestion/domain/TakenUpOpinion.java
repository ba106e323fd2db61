package io.lianxin.suggestion.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A voter's opinion a deputy on duty took up as a suggestion of their own (代表领办群众意见), as
 * deputy-service's {@code voter-opinion-taken-up} event gives it: the deputy's draft starts from it
 * ({@link Suggestion#fromVoterOpinion}). Every field is required (the event's schema requires them);
 * one missing makes the event unreadable.
 */
public record TakenUpOpinion(String trackingCode, String congressId, String stationId, String dayId, String deputyId,
    String draftTitle, String text, LocalDate receivedOn, LocalDate takenUpOn) {

  public TakenUpOpinion {
    Objects.requireNonNull(trackingCode, "trackingCode");
    Objects.requireNonNull(congressId, "congressId");
    Objects.requireNonNull(stationId, "stationId");
    Objects.requireNonNull(dayId, "dayId");
    Objects.requireNonNull(deputyId, "deputyId");
    Objects.requireNonNull(draftTitle, "draftTitle");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(receivedOn, "receivedOn");
    Objects.requireNonNull(takenUpOn, "takenUpOn");
  }

  /** Where the draft came from. */
  public DraftOrigin origin() {
    return DraftOrigin.voterOpinion(trackingCode, stationId, receivedOn);
  }
}
