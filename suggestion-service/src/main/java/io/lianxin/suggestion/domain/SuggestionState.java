package io.lianxin.suggestion.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a suggestion stands in its handling (办理状态), with its name in zh-CN and en; see DOMAIN.md
 * §1 Lifecycle.
 */
public enum SuggestionState {
  /** 草稿. */ DRAFT("草稿", "Draft"),
  /** 已提交. */ SUBMITTED("已提交", "Submitted"),
  /** 已立案. */ REGISTERED("已立案", "Registered"),
  /** 不予立案. */ NOT_REGISTERED("不予立案", "Not registered"),
  /** 已撤回. */ WITHDRAWN("已撤回", "Withdrawn"),
  /** 已交办. */ ASSIGNED("已交办", "Assigned"),
  /** 交办异议. */ ASSIGNMENT_DISPUTED("交办异议", "Assignment disputed"),
  /** 办理中. */ IN_PROGRESS("办理中", "In progress"),
  /** 已答复. */ REPLIED("已答复", "Replied"),
  /** 已评价. */ EVALUATED("已评价", "Evaluated"),
  /** 再作研究办理. */ REHANDLING("再作研究办理", "Re-handling"),
  /** 已办结. */ CLOSED("已办结", "Closed"),
  /** 已公开. */ PUBLISHED("已公开", "Published");

  private final String label;

  SuggestionState(String zh, String en) {
    label = zh + " / " + en;
  }

  /** Both names, zh-CN then en, as bilingual reports show them: {@code 办理中 / In progress}. */
  public String label() {
    return label;
  }

  /**
   * The states in which the units owe a reply (办理中): assigned, its assignment disputed, in
   * progress, re-handled. Reply deadlines run and an item is overdue only in these.
   */
  public static final Set<SuggestionState> HANDLING =
      Collections.unmodifiableSet(EnumSet.of(ASSIGNED, ASSIGNMENT_DISPUTED, IN_PROGRESS, REHANDLING));

  /** Whether the units owe a reply in this state ({@link #HANDLING}). */
  public boolean isHandling() {
    return HANDLING.contains(this);
  }
}
