package io.lianxin.supervision.web;

import io.lianxin.chassis.web.Ids;
import io.lianxin.supervision.application.Page;
import io.lianxin.supervision.application.ReviewOpinions;
import io.lianxin.supervision.domain.ReviewOpinion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "public", description = "公开 / published review opinions, for anyone without sign-in")
public class PublicOpinionController {

  private final ReviewOpinions opinions;

  public PublicOpinionController(ReviewOpinions opinions) {
    this.opinions = opinions;
  }

  @GetMapping("/api/v1/public/{congressId}/opinions")
  @Operation(summary = "A congress's published review opinions, newest first, with their lists, progress and votes")
  public Page<OpinionView> publishedOpinions(@PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String congressId,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    Page<ReviewOpinion> found = opinions.published(congressId, page, size);
    return new Page<>(found.items().stream().map(OpinionView::published).toList(), found.page(), found.size(),
        found.total());
  }

  @GetMapping("/api/v1/public/{congressId}/opinions/{opinionId}")
  @Operation(summary = "One published review opinion")
  public OpinionView publishedOpinion(
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String congressId,
      @PathVariable @Pattern(regexp = OpinionController.OPINION_ID) String opinionId) {
    return OpinionView.published(opinions.publishedOpinion(congressId, opinionId));
  }
}
