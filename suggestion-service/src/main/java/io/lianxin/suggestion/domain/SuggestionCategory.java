package io.lianxin.suggestion.domain;

/** Subject area used for registration and statistics (建议类别). */
public enum SuggestionCategory {
  /** 教育. */ EDUCATION,
  /** 就业. */ EMPLOYMENT,
  /** 住房. */ HOUSING,
  /** 医疗. */ HEALTHCARE,
  /** 养老. */ ELDERLY_CARE,
  /** 交通. */ TRANSPORT,
  /** 环境. */ ENVIRONMENT,
  /** 农业农村. */ AGRICULTURE_RURAL,
  /** 城市管理. */ URBAN_MANAGEMENT,
  /** 营商环境. */ BUSINESS_ENVIRONMENT,
  /** 社会保障. */ SOCIAL_SECURITY,
  /** 其他. */ OTHER
}
