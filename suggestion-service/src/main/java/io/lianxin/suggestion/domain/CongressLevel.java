package io.lianxin.suggestion.domain;

/** Level of the congress (人大层级); decides e.g. how many co-signers a motion needs. */
public enum CongressLevel { NATIONAL, PROVINCIAL, CITY, COUNTY, TOWNSHIP }
