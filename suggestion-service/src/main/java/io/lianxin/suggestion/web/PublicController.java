package io.lianxin.suggestion.web;

import io.lianxin.suggestion.application.SuggestionQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Published suggestions and their replies, for everyone (公开查询); no login, no personal data. */
@RestController
@Validated
@RequestMapping("/api/v1/public/{congressId}/suggestions")
@Tag(name = "public", description = "建议办理公开 / published suggestions")
public class PublicController {

  private final SuggestionQueries queries;

  public PublicController(SuggestionQueries queries) {
    this.queries = queries;
  }

  @GetMapping
  @Operation(summary = "Search published items by words in title or body")
  public SuggestionQueries.Page<SuggestionView.Public> search(@PathVariable String congressId,
      @RequestParam(required = false) @Size(max = 100) String q,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    var result = queries.published(congressId, q, page, size);
    return new SuggestionQueries.Page<>(result.items().stream().map(SuggestionView.Public::of).toList(),
        result.total(), result.page(), result.size());
  }

  @GetMapping("/{id}")
  @Operation(operationId = "getPublished", summary = "One published item with its replies")
  public SuggestionView.Public get(@PathVariable String congressId, @PathVariable String id) {
    return SuggestionView.Public.of(queries.publishedItem(congressId, id));
  }
}
