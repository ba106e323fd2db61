package io.lianxin.suggestion.domain;

/** Subject area used for registration and statistics (建议类别), with its name in zh-CN and en. */
public enum SuggestionCategory {
  /** 教育. */ EDUCATION("教育", "Education"),
  /** 就业. */ EMPLOYMENT("就业", "Employment"),
  /** 住房. */ HOUSING("住房", "Housing"),
  /** 医疗. */ HEALTHCARE("医疗", "Healthcare"),
  /** 养老. */ ELDERLY_CARE("养老", "Elderly care"),
  /** 交通. */ TRANSPORT("交通", "Transport"),
  /** 环境. */ ENVIRONMENT("环境", "Environment"),
  /** 农业农村. */ AGRICULTURE_RURAL("农业农村", "Agriculture and rural affairs"),
  /** 城市管理. */ URBAN_MANAGEMENT("城市管理", "Urban management"),
  /** 营商环境. */ BUSINESS_ENVIRONMENT("营商环境", "Business environment"),
  /** 社会保障. */ SOCIAL_SECURITY("社会保障", "Social security"),
  /** 其他. */ OTHER("其他", "Other");

  private final String label;

  SuggestionCategory(String zh, String en) {
    label = zh + " / " + en;
  }

  /** Both names, zh-CN then en, as bilingual reports show them: {@code 住房 / Housing}. */
  public String label() {
    return label;
  }
}
