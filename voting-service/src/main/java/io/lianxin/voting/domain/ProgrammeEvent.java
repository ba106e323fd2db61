package io.lianxin.voting.domain;

import java.time.Instant;
import java.util.List;

/**
 * Something that happened to a livelihood-project programme (民生实事项目). The record's name is the
 * event type ({@code ProgrammeOpened} publishes as {@code lianxin.voting.programme-opened.v1});
 * messaging adds the programme's snapshot (id, title, phase, year, seats). {@link #summary()} is
 * the audit line.
 */
public sealed interface ProgrammeEvent {

  /** The audit line. */
  String summary();

  /** Staff opened the collection of proposals (开始征集). */
  record ProgrammeOpened(Instant collectingUntil) implements ProgrammeEvent {
    @Override public String summary() { return "开始征集民生实事项目"; }
  }

  /** Staff set the shortlist (确定候选项目), more candidates than seats. */
  record ProgrammeShortlisted(List<Programme.Candidate> candidates) implements ProgrammeEvent {
    public ProgrammeShortlisted {
      candidates = List.copyOf(candidates);
    }

    @Override public String summary() { return "确定候选项目 " + candidates.size() + " 个"; }
  }

  /** The plenary poll over the shortlist was created (代表票决开始). */
  record ProgrammeVotingStarted(String pollId) implements ProgrammeEvent {
    @Override public String summary() { return "代表票决开始"; }
  }

  /** The plenary poll's result decided the programme (票决产生民生实事项目). */
  record LivelihoodProjectsSelected(String pollId, List<Programme.Candidate> projects, int selectedCount,
      List<String> tiedAtCutoff, long totalBudgetYuan) implements ProgrammeEvent {
    public LivelihoodProjectsSelected {
      projects = List.copyOf(projects);
      tiedAtCutoff = List.copyOf(tiedAtCutoff);
    }

    @Override public String summary() { return "票决产生民生实事项目 " + selectedCount + " 个"; }
  }
}
