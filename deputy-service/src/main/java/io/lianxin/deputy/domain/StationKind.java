package io.lianxin.deputy.domain;

/** What a place where deputies meet voters is (代表履职阵地): a home (代表之家), a station (代表联络站) or a room (代表联络室). */
public enum StationKind {
  /** 代表之家, usually of a township or street. */
  HOME,
  /** 代表联络站. */
  STATION,
  /** 代表联络室, usually of a village or community. */
  ROOM
}
