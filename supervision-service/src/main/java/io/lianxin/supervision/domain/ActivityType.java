package io.lianxin.supervision.domain;

/**
 * The kinds of oversight activity (监督活动): hearing and reviewing a work report (听取和审议专项工作报告),
 * law-enforcement inspection (执法检查), thematic inquiry (专题询问), follow-up supervision of earlier
 * activities (跟踪监督), performance review (述职评议 / 工作评议).
 */
public enum ActivityType { WORK_REPORT_REVIEW, LAW_INSPECTION, THEMATIC_INQUIRY, FOLLOW_UP, PERFORMANCE_REVIEW }
