package io.lianxin.deputy.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.web.Ids;
import io.lianxin.deputy.application.Page;
import io.lianxin.deputy.application.Register;
import io.lianxin.deputy.domain.HandlingUnit;
import io.lianxin.deputy.domain.UnitKind;
import io.lianxin.deputy.domain.UnitStatus;
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
@RequestMapping("/api/v1/units")
@Tag(name = "units", description = "承办单位名册 / the register of handling units")
public class UnitController {

  private final Register register;

  public UnitController(Register register) {
    this.register = register;
  }

  /** A unit's entry as the office writes it. */
  public record UnitRequest(
      @NotBlank @Size(max = 100) @Schema(example = "青山县住房和城乡建设局") String name,
      @NotNull UnitKind kind,
      @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) @Schema(example = "U-qingshan-gov") String superiorUnitId) {

    HandlingUnit.Details toDetails() {
      return new HandlingUnit.Details(name, kind, superiorUnitId);
    }
  }

  /** When a unit is dissolved. */
  public record DissolutionRequest(@NotNull @Schema(example = "2027-12-31") LocalDate leftOn) {}

  /** A unit as the API shows it. */
  public record UnitView(String congressId, String unitId, String name, UnitKind kind, String superiorUnitId,
      UnitStatus status, LocalDate leftOn) {

    static UnitView of(HandlingUnit u) {
      return new UnitView(u.congressId(), u.unitId(), u.details().name(), u.details().kind(),
          u.details().superiorUnitId(), u.status(), u.leftOn());
    }
  }

  @PutMapping("/{unitId}")
  @Operation(summary = "Enter or update a handling unit of the caller's congress (承办单位登记/变更)")
  public UnitView putUnit(CurrentUser staff, @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String unitId,
      @Valid @RequestBody UnitRequest request) {
    return UnitView.of(register.putUnit(staff, unitId, request.toDetails()));
  }

  @PostMapping("/{unitId}/dissolution")
  @Operation(summary = "Dissolve a handling unit (撤销); items already assigned keep their history")
  public UnitView dissolveUnit(CurrentUser staff, @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String unitId,
      @Valid @RequestBody DissolutionRequest request) {
    return UnitView.of(register.unitLeaves(staff, unitId, request.leftOn()));
  }

  @GetMapping("/{unitId}")
  @Operation(summary = "One handling unit of the caller's congress")
  public UnitView getUnit(CurrentUser caller, @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String unitId) {
    return UnitView.of(register.unit(caller, unitId));
  }

  @GetMapping
  @Operation(summary = "The handling units of the caller's congress by id, optionally of one status")
  public Page<UnitView> listUnits(CurrentUser caller, @RequestParam(required = false) UnitStatus status,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    Page<HandlingUnit> found = register.units(caller, status, page, size);
    return new Page<>(found.items().stream().map(UnitView::of).toList(), found.page(), found.size(), found.total());
  }
}
