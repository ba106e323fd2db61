package io.lianxin.portal.gateway;

/** A new livelihood project proposal (提出民生实事项目) as voting-service takes it. */
public record ProposalRequest(String title, String description, String place, String estimatedBenefit) {}
