package io.lianxin.portal.gateway;

import java.util.List;
import java.util.Objects;

/**
 * A batch assignment (集中交办) as suggestion-service takes it ({@code POST /api/v1/suggestions/assignments}) and
 * answers it: one line per item, each assigned or refused on its own.
 */
public final class BatchAssignment {

  private BatchAssignment() {}

  /** The request: one line per item. */
  public record Request(List<Line> items) {

    /** Every item to the same lead unit (主办单位) and co-units (协办单位). */
    public static Request of(List<String> suggestionIds, String leadUnitId, List<String> coUnitIds, boolean complex) {
      return new Request(suggestionIds.stream()
          .map(id -> new Line(id, leadUnitId, List.copyOf(coUnitIds), complex)).toList());
    }
  }

  public record Line(String suggestionId, String leadUnitId, List<String> coUnitIds, boolean complex) {}

  /** The answer: each line's outcome in the order sent, and the counts. */
  public record Report(List<Outcome> items, int assigned, int refused) {

    public Report {
      items = List.copyOf(Objects.requireNonNullElse(items, List.of()));
    }
  }

  /**
   * One line's outcome: assigned, or refused with the problem's name ({@code not-found}, {@code illegal-state:<STATE>},
   * {@code rule-violation}, {@code forbidden}, {@code concurrent-change}) and the service's detail.
   */
  public record Outcome(String suggestionId, boolean assigned, String problem, String detail) {

    /** The name of the refusal without its state: the key of its sentence. */
    public String reason() {
      if (assigned || problem == null) {
        return null;
      }
      int colon = problem.indexOf(':');
      return colon < 0 ? problem : problem.substring(0, colon);
    }

    /** The state an {@code illegal-state} refusal names, or null. */
    public String refusedInState() {
      return problem != null && problem.startsWith("illegal-state:")
          ? problem.substring("illegal-state:".length()) : null;
    }
  }
}
