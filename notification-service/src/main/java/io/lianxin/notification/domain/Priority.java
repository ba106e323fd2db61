package io.lianxin.notification.domain;

/** How urgent a notification is (优先级): URGENT bypasses quiet hours and digests. */
public enum Priority { URGENT, NORMAL, LOW }
