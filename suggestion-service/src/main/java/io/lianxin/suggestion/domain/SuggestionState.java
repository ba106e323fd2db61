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
  /** 列入议程: a motion the presidium or the chair's council placed on the agenda, with a special committee. */
  ON_AGENDA("列入议程", "On the agenda"),
  /** 已审议: the special committee deliberated the motion and its outcome was recorded (a motion's end). */
  DELIBERATED("已审议", "Deliberated"),
  /** 转为建议: the motion was converted to a suggestion, which takes the suggestion path (a motion's end). */
  CONVERTED_TO_SUGGESTION("转为建议", "Converted to a suggestion"),
  /** 已交办. */ ASSIGNED("已交办", "Assigned"),
  /** 交办异议. */ ASSIGNMENT_DISPUTED("交办异议", "Assignment disputed"),
  /** 办理中. */ IN_PROGRESS("办理中", "In progress"),
  /**
   * 答复审核中: the unit head signed the reply; the deputy-affairs office (代表工作部门) reviews it
   * before it is sent. Not a handling state: the unit's reply deadline stands still.
   */
  REPLY_IN_REVIEW("答复审核中", "Reply under review"),
  /** 答复待审定: the office approved the reply; the leader in charge (分管主任) signs it off. */
  REPLY_AWAITING_SIGN_OFF("答复待审定", "Reply awaiting sign-off"),
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
   * progress, re-handled. Reply deadlines run and an item is overdue only in these — not while
   * the committee reviews a signed reply ({@link #REPLY_IN_REVIEW}, {@link #REPLY_AWAITING_SIGN_OFF}).
   */
  public static final Set<SuggestionState> HANDLING =
      Collections.unmodifiableSet(EnumSet.of(ASSIGNED, ASSIGNMENT_DISPUTED, IN_PROGRESS, REHANDLING));

  /** Whether the units owe a reply in this state ({@link #HANDLING}). */
  public boolean isHandling() {
    return HANDLING.contains(this);
  }
}
