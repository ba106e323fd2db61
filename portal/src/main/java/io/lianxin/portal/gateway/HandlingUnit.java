package io.lianxin.portal.gateway;

/** A handling unit (承办单位) of the congress's register, from deputy-service. */
public record HandlingUnit(String unitId, String name, String kind, String status) {}
