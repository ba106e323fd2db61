package io.lianxin.suggestion.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a draft came from (草稿来源), when the deputy did not write it from nothing: a voter's opinion
 * (群众意见) the deputy took up at a home or station (代表领办) — its tracking code in deputy-service,
 * the station and the day it was received. Shown on the item to those who may read it; never the
 * visitor's name or contact, which deputy-service does not send.
 */
public record DraftOrigin(Kind kind, String trackingCode, String stationId, LocalDate receivedOn) {

  /** What a draft can come from. */
  public enum Kind {
    /** 群众意见 taken up at a home or station. */ VOTER_OPINION
  }

  public DraftOrigin {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(trackingCode, "trackingCode");
    Objects.requireNonNull(stationId, "stationId");
    Objects.requireNonNull(receivedOn, "receivedOn");
  }

  public static DraftOrigin voterOpinion(String trackingCode, String stationId, LocalDate receivedOn) {
    return new DraftOrigin(Kind.VOTER_OPINION, trackingCode, stationId, receivedOn);
  }
}
