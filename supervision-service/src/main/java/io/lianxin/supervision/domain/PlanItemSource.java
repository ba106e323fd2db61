package io.lianxin.supervision.domain;

/**
 * Where an item of the annual plan comes from (议题来源): a proposed topic (问需于民), a decision of the
 * party committee (党委决策部署), a priority of the government (政府重点工作), or another source named in a note.
 */
public enum PlanItemSource { TOPIC, PARTY_COMMITTEE, GOVERNMENT_PRIORITY, OTHER }
