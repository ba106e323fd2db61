package io.lianxin.deputy.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.web.Ids;
import io.lianxin.deputy.application.Page;
import io.lianxin.deputy.application.WorkingBodies;
import io.lianxin.deputy.domain.WorkingBody;
import io.lianxin.deputy.domain.WorkingBodyKind;
import io.lianxin.deputy.domain.WorkingBodyStatus;
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
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/working-bodies")
@Tag(name = "working bodies", description = "常委会工作机构（工委）/ the working bodies of the standing committee")
public class WorkingBodyController {

  private final WorkingBodies bodies;

  public WorkingBodyController(WorkingBodies bodies) {
    this.bodies = bodies;
  }

  /** A working body as the office writes it. */
  public record WorkingBodyRequest(
      @NotBlank @Size(max = 100) @Schema(example = "青山县人大常委会选举任免联络代表工作委员会") String name,
      @NotNull WorkingBodyKind kind,
      @NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) @Schema(example = "D-qingshan-004",
          description = "主任 / an active deputy of the register on the standing committee") String headDeputyId,
      @NotNull @Size(max = 500) @Schema(example = "[\"D-qingshan-001\"]", description = "the other members, active "
          + "deputies of the register, each once, the head not among them") List<@NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String>
          memberDeputyIds) {

    WorkingBody.Details toDetails() {
      return new WorkingBody.Details(name, kind, headDeputyId, memberDeputyIds);
    }
  }

  /** When a working body is dissolved. */
  public record BodyDissolutionRequest(@NotNull @Schema(example = "2027-12-31") LocalDate dissolvedOn) {}

  /** A working body as the API shows it. */
  public record WorkingBodyView(String congressId, String bodyId, String name, WorkingBodyKind kind, String headDeputyId,
      List<String> memberDeputyIds, WorkingBodyStatus status, LocalDate dissolvedOn) {

    static WorkingBodyView of(WorkingBody b) {
      return new WorkingBodyView(b.congressId(), b.bodyId(), b.details().name(), b.details().kind(),
          b.details().headDeputyId(), b.details().memberDeputyIds(), b.status(), b.dissolvedOn());
    }
  }

  @PutMapping("/{bodyId}")
  @Operation(summary = "Enter or update a working body of the caller's congress (设立/变更工委); the same entry again changes nothing")
  public WorkingBodyView putWorkingBody(CurrentUser staff,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String bodyId,
      @Valid @RequestBody WorkingBodyRequest request) {
    return WorkingBodyView.of(bodies.put(staff, bodyId, request.toDetails()));
  }

  @PostMapping("/{bodyId}/dissolution")
  @Operation(summary = "Dissolve a working body (撤销工委); its history stays")
  public WorkingBodyView dissolveWorkingBody(CurrentUser staff,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String bodyId,
      @Valid @RequestBody BodyDissolutionRequest request) {
    return WorkingBodyView.of(bodies.dissolve(staff, bodyId, request.dissolvedOn()));
  }

  @GetMapping("/{bodyId}")
  @Operation(summary = "One working body of the caller's congress")
  public WorkingBodyView getWorkingBody(CurrentUser caller,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String bodyId) {
    return WorkingBodyView.of(bodies.body(caller, bodyId));
  }

  @GetMapping
  @Operation(summary = "The working bodies of the caller's congress by id, optionally of one status")
  public Page<WorkingBodyView> listWorkingBodies(CurrentUser caller, @RequestParam(required = false) WorkingBodyStatus status,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    Page<WorkingBody> found = bodies.list(caller, status, page, size);
    return new Page<>(found.items().stream().map(WorkingBodyView::of).toList(), found.page(), found.size(), found.total());
  }
}
