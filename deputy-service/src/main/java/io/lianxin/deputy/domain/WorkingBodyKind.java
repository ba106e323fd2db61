package io.lianxin.deputy.domain;

/** What a working body of the standing committee (常委会工作机构, 工委) works on. */
public enum WorkingBodyKind {
  /** 选举任免联络代表工作委员会 / 代表工作委员会 (选任代工委): elections, appointments and deputies' work. */
  DEPUTY_AFFAIRS,
  /** 法制工作委员会 (法工委). */
  LEGISLATIVE_AFFAIRS,
  /** 财政经济工作委员会 (财经工委). */
  FINANCE_ECONOMY,
  /** 预算工作委员会 (预工委). */
  BUDGET,
  /** 监察和司法工作委员会. */
  SUPERVISION_JUDICIAL,
  /** 教育科学文化卫生工作委员会 (教科文卫工委). */
  EDUCATION_SCIENCE_CULTURE_HEALTH,
  /** 农业农村工作委员会 (农工委). */
  AGRICULTURE_RURAL,
  /** 城乡建设环境保护工作委员会 (城环工委). */
  URBAN_RURAL_ENVIRONMENT,
  /** 社会建设工作委员会 (社会委). */
  SOCIAL_DEVELOPMENT,
  /** Another working body (其他工作机构). */
  OTHER
}
