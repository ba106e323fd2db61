package io.lianxin.deputy.domain;

/** What a handling unit is (承办单位类别): 政府部门, 监察委员会, 法院, 检察院 (一府一委两院), or another body. */
public enum UnitKind { GOVERNMENT_DEPARTMENT, SUPERVISORY_COMMISSION, COURT, PROCURATORATE, OTHER }
