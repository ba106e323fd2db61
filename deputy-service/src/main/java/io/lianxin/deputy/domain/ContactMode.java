package io.lianxin.deputy.domain;

/** How a contact (双联系) was made. */
public enum ContactMode {
  /** 走访/上门. */
  VISIT,
  /** 电话. */
  PHONE,
  /** 座谈/会议. */
  MEETING,
  /** 网络/线上（微信、视频等）. */
  ONLINE,
  /** 书信. */
  LETTER
}
