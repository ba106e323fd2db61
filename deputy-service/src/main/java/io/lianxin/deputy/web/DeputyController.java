package io.lianxin.deputy.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.web.Ids;
import io.lianxin.deputy.application.Page;
import io.lianxin.deputy.application.Register;
import io.lianxin.deputy.domain.DepartureReason;
import io.lianxin.deputy.domain.Deputy;
import io.lianxin.deputy.domain.DeputyDetails;
import io.lianxin.deputy.domain.DeputyStatus;
import io.lianxin.deputy.domain.StandingCommitteeRole;
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
@RequestMapping("/api/v1/deputies")
@Tag(name = "deputies", description = "代表名册 / the register of deputies")
public class DeputyController {

  private final Register register;

  public DeputyController(Register register) {
    this.register = register;
  }

  /** A deputy's entry as the office writes it. */
  public record DeputyRequest(
      @NotBlank @Size(max = 100) @Schema(example = "青山县代表 甲") String name,
      @Size(max = 200) @Schema(example = "城关镇第一选区") String electoralUnit,
      @Size(max = 200) @Schema(example = "城关镇代表团") String delegation,
      @Size(max = 200) @Schema(example = "城关镇第一代表小组", description = "代表小组 / the deputy group") String deputyGroup,
      @Schema(description = "团长 / heads the delegation (one per delegation; needs a delegation); absent = false")
      Boolean delegationHead,
      @Schema(description = "常委会组成人员 / place on the standing committee; absent = not on it. "
          + "SECRETARY_GENERAL, VICE_CHAIR and CHAIR form the chair's council (主任会议)")
      StandingCommitteeRole standingCommitteeRole,
      @Size(max = 200) @Schema(example = "教师") String occupation,
      @NotNull @Schema(example = "2026-01-10") LocalDate termStart,
      @Schema(example = "2031-01-09") LocalDate termEnd) {

    DeputyDetails toDetails() {
      return DeputyDetails.builder(name, termStart).electoralUnit(electoralUnit).delegation(delegation)
          .deputyGroup(deputyGroup).delegationHead(Boolean.TRUE.equals(delegationHead))
          .standingCommitteeRole(standingCommitteeRole).occupation(occupation).termEnd(termEnd).build();
    }
  }

  /** Why and when the mandate ends. */
  public record DepartureRequest(@NotNull DepartureReason reason, @NotNull @Schema(example = "2027-06-30") LocalDate leftOn) {}

  /** A deputy as the API shows them. */
  public record DeputyView(String congressId, String deputyId, String name, String electoralUnit, String delegation,
      String deputyGroup, boolean delegationHead, StandingCommitteeRole standingCommitteeRole,
      @Schema(description = "on the chair's council (主任会议)") boolean onChairsCouncil,
      String occupation, LocalDate termStart, LocalDate termEnd, DeputyStatus status, DepartureReason leftBecause,
      LocalDate leftOn) {

    static DeputyView of(Deputy d) {
      DeputyDetails x = d.details();
      return new DeputyView(d.congressId(), d.deputyId(), x.name(), x.electoralUnit(), x.delegation(), x.deputyGroup(),
          x.delegationHead(), x.standingCommitteeRole(),
          x.standingCommitteeRole() != null && x.standingCommitteeRole().onChairsCouncil(), x.occupation(),
          x.termStart(), x.termEnd(), d.status(), d.leftBecause(), d.leftOn());
    }
  }

  @PutMapping("/{deputyId}")
  @Operation(summary = "Enter or update a deputy of the caller's congress (代表登记/变更); the same entry again changes nothing")
  public DeputyView putDeputy(CurrentUser staff, @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String deputyId,
      @Valid @RequestBody DeputyRequest request) {
    return DeputyView.of(register.putDeputy(staff, deputyId, request.toDetails()));
  }

  @PostMapping("/{deputyId}/departure")
  @Operation(summary = "End a deputy's mandate (代表资格终止): term ended, resigned, moved away, died, recalled, disqualified")
  public DeputyView deputyLeaves(CurrentUser staff, @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String deputyId,
      @Valid @RequestBody DepartureRequest request) {
    return DeputyView.of(register.deputyLeaves(staff, deputyId, request.reason(), request.leftOn()));
  }

  @GetMapping("/{deputyId}")
  @Operation(summary = "One deputy (the office, leaders; a deputy their own entry)")
  public DeputyView getDeputy(CurrentUser caller, @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String deputyId) {
    return DeputyView.of(register.deputy(caller, deputyId));
  }

  @GetMapping
  @Operation(summary = "The deputies of the caller's congress by id, optionally of one status")
  public Page<DeputyView> listDeputies(CurrentUser caller, @RequestParam(required = false) DeputyStatus status,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    Page<Deputy> found = register.deputies(caller, status, page, size);
    return new Page<>(found.items().stream().map(DeputyView::of).toList(), found.page(), found.size(), found.total());
  }
}
