package io.lianxin.suggestion.domain;

/** The proposing deputy's answer to a contact the unit logged (代表确认 / 代表异议). */
public enum ContactResponse {
  /** 代表确认: the contact took place as the unit logged it. */ CONFIRMED,
  /** 代表异议: the deputy disputes the entry, with a reason. */ DISPUTED
}
