package io.lianxin.deputy.domain;

import java.util.Optional;

/**
 * The level of a people's congress (人大的层级; 五级人大: 全国、省、市、县、乡). A congress's parent in the
 * register is a congress of the level directly above.
 */
public enum CongressLevel {
  /** 全国人民代表大会. */
  NATIONAL,
  /** 省级人大 (province, autonomous region, municipality directly under the central government). */
  PROVINCIAL,
  /** 设区的市级人大 (city, autonomous prefecture). */
  CITY,
  /** 县级人大 (county, district of a city, county-level city). */
  COUNTY,
  /** 乡镇人大 (township, town). */
  TOWNSHIP;

  /** The level of a parent of a congress at this level; none above the national congress. */
  public Optional<CongressLevel> parentLevel() {
    return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
  }
}
