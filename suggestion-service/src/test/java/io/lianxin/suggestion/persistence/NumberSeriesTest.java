package io.lianxin.suggestion.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.suggestion.persistence.NumberSeries.Entry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule of a compacted number series (ADR 0007, amendment of issue 16). */
class NumberSeriesTest {

  @Test
  void anEmptySeriesGivesOneThenConsecutiveNumbers() {
    NumberSeries series = NumberSeries.empty().take("a").take("b").take("c");
    assertThat(series.next()).isEqualTo(4);
    assertThat(series.pending()).containsExactly(new Entry("a", 1), new Entry("b", 2), new Entry("c", 3));
    assertThat(series.pendingNumberOf("b")).contains(2);
    assertThat(series.pendingNumberOf("d")).isEmpty();
  }

  @Test
  void anItemHoldingANumberCannotTakeASecond() {
    NumberSeries series = NumberSeries.empty().take("a");
    assertThatThrownBy(() -> series.take("a")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void onlyEntriesWhoseItemIsStoredWithThatNumberAreConfirmed() {
    NumberSeries series = NumberSeries.empty().take("saved").take("in-flight").take("saved-elsewhere");
    Map<String, Integer> stored = Map.of("saved", 1, "saved-elsewhere", 7);
    assertThat(series.confirmed((id, n) -> n.equals(stored.get(id)))).containsExactly(new Entry("saved", 1));
  }

  @Test
  void theOldFormContinuesAfterItsLastNumberAndKeepsUnsavedIdsPending() {
    Set<String> storedWithTheirNumber = Set.of("a", "c");
    NumberSeries series = NumberSeries.fromListed(List.of("a", "b", "c", "d"),
        (id, n) -> storedWithTheirNumber.contains(id));
    assertThat(series.next()).isEqualTo(5);
    assertThat(series.pending()).containsExactly(new Entry("b", 2), new Entry("d", 4));
    assertThat(series.take("e").pendingNumberOf("e")).contains(5);
  }

  @Test
  void anIdStoredWithAnotherNumberThanItsPositionStaysPending() {
    NumberSeries series = NumberSeries.fromListed(List.of("a", "b"), (id, n) -> id.equals("a") && n == 2);
    assertThat(series.pending()).containsExactly(new Entry("a", 1), new Entry("b", 2));
  }
}
