package io.lianxin.suggestion.domain;

/** Whether publication stops at likely personal data (个人信息核查) or staff have confirmed what was found. */
public enum PersonalDataCheck {
  /** Refuse publication while the text to publish holds likely personal data (the default). */
  REFUSE_IF_FOUND,
  /** Staff checked the findings and confirm the text may be published as it is (人工确认可公开). */
  CONFIRMED_BY_STAFF
}
