package io.lianxin.supervision.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.supervision.application.Page;
import io.lianxin.supervision.application.SupervisionTopics;
import io.lianxin.supervision.domain.Feasibility;
import io.lianxin.supervision.domain.ProposerKind;
import io.lianxin.supervision.domain.TopicStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "topics", description = "监督议题征集 / supervision topics proposed by deputies, residents and the office (问需于民)")
public class TopicController {

  static final String TOPIC_ID = "^[0-9a-f-]{36}$";

  private final SupervisionTopics topics;

  public TopicController(SupervisionTopics topics) {
    this.topics = topics;
  }

  public record ProposeTopicRequest(
      @NotBlank @Size(max = 200) @Schema(example = "五里河流域水污染治理") String title,
      @NotBlank @Size(max = 4000) @Schema(example = "沿河养殖场污水直排，建议常委会开展执法检查") String description) {}

  public record MergeRequest(@NotNull @Size(max = 36) @Pattern(regexp = TOPIC_ID) @Schema(description = "the topic the duplicate is merged into") String intoTopicId) {}

  public record FeasibilityRequest(@NotNull Feasibility feasibility,
      @NotBlank @Size(max = 4000) @Schema(example = "属于常委会监督职权，群众关注度高，可列入年度计划") String note) {}

  /** A topic with its supports; who proposed it is told only by kind. */
  public record TopicView(String topicId, String congressId, String title, String description,
      ProposerKind proposerKind, LocalDate proposedOn, TopicStatus status, String mergedIntoTopicId,
      Feasibility feasibility, String feasibilityNote, long supports) {

    static TopicView of(SupervisionTopics.Counted c) {
      var t = c.topic();
      return new TopicView(t.topicId(), t.congressId(), t.proposal().title(), t.proposal().description(),
          t.proposal().proposerKind(), t.proposal().proposedOn(), t.status(), t.mergedIntoTopicId(), t.feasibility(),
          t.feasibilityNote(), c.supports());
    }
  }

  @PostMapping("/api/v1/topics")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Propose a supervision topic (提出监督议题): deputies, residents and the office")
  public TopicView proposeTopic(CurrentUser caller, @Valid @RequestBody ProposeTopicRequest request) {
    return TopicView.of(topics.propose(caller, request.title(), request.description()));
  }

  @GetMapping("/api/v1/topics")
  @Operation(summary = "The congress's supervision topics, newest first, with their supports")
  public Page<TopicView> listTopics(CurrentUser caller, @RequestParam(required = false) TopicStatus status,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    Page<SupervisionTopics.Counted> found = topics.list(caller, status, page, size);
    return new Page<>(found.items().stream().map(TopicView::of).toList(), found.page(), found.size(), found.total());
  }

  @GetMapping("/api/v1/topics/{topicId}")
  @Operation(summary = "One supervision topic with its supports and feasibility note")
  public TopicView getTopic(CurrentUser caller, @PathVariable @Pattern(regexp = TOPIC_ID) String topicId) {
    return TopicView.of(topics.topic(caller, topicId));
  }

  @PostMapping("/api/v1/topics/{topicId}/supports")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Support a topic (附议), once per person: a second support is refused (409)")
  public TopicView supportTopic(CurrentUser caller, @PathVariable @Pattern(regexp = TOPIC_ID) String topicId) {
    return TopicView.of(topics.support(caller, topicId));
  }

  @PostMapping("/api/v1/topics/{topicId}/merge")
  @Operation(summary = "Merge a duplicate into another topic (合并): its supports move there, a person who supported both counted once; answers the topic merged into")
  public TopicView mergeTopic(CurrentUser staff, @PathVariable @Pattern(regexp = TOPIC_ID) String topicId,
      @Valid @RequestBody MergeRequest request) {
    return TopicView.of(topics.merge(staff, topicId, request.intoTopicId()));
  }

  @PostMapping("/api/v1/topics/{topicId}/feasibility")
  @Operation(summary = "Record the office's feasibility note on a topic (可行性论证)")
  public TopicView assessTopic(CurrentUser staff, @PathVariable @Pattern(regexp = TOPIC_ID) String topicId,
      @Valid @RequestBody FeasibilityRequest request) {
    return TopicView.of(topics.assess(staff, topicId, request.feasibility(), request.note()));
  }
}
