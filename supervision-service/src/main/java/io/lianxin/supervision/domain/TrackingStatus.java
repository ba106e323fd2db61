package io.lianxin.supervision.domain;

/**
 * Where a livelihood project's tracking (民生实事项目督办) stands: started from voting's selection and
 * waiting for the office to set it up; tracked (leader, office, department, milestones); the
 * deputies' year-end satisfaction vote (人大评) running; rated (its result recorded, closed).
 */
public enum TrackingStatus { AWAITING_SETUP, TRACKING, VOTING, RATED }
