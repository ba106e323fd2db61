package io.lianxin.suggestion.domain;

/** Number of an item per congress, kind and year, gap-free (e.g. "2026 建议 第0042号"). */
public record SuggestionNumber(int year, SuggestionKind kind, int sequence) {
  @Override
  public String toString() {
    return String.format("%d %s 第%04d号", year, kind == SuggestionKind.MOTION ? "议案" : "建议", sequence);
  }
}
