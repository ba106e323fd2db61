package io.lianxin.supervision.domain;

/** Where a proposed supervision topic (监督议题) stands: open to supports and the plan, or merged into another. */
public enum TopicStatus { OPEN, MERGED }
