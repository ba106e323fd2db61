package io.lianxin.deputy.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.web.Ids;
import io.lianxin.deputy.application.Congresses;
import io.lianxin.deputy.application.Page;
import io.lianxin.deputy.domain.Congress;
import io.lianxin.deputy.domain.CongressLevel;
import io.lianxin.deputy.domain.Term;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/congresses")
@Tag(name = "congresses", description = "人大名册（三级人大、五级代表）/ the register of congresses, their levels, parents and terms")
public class CongressController {

  private final Congresses congresses;

  public CongressController(Congresses congresses) {
    this.congresses = congresses;
  }

  /** A term (届次) as the office writes it. */
  public record TermRequest(
      @NotNull @Min(1) @Max(1000) @Schema(example = "18", description = "第几届 / the term's number") Integer number,
      @NotNull @Schema(example = "2026-01-10") LocalDate start,
      @Schema(example = "2031-01-09", description = "absent = runs until a next term is entered") LocalDate end) {

    Term toTerm() {
      return new Term(number, start, end);
    }
  }

  /** A congress's entry as its admin, or its parent's, writes it. */
  public record CongressRequest(
      @NotBlank @Size(max = 100) @Schema(example = "青山县人民代表大会") String name,
      @NotNull @Schema(example = "COUNTY") CongressLevel level,
      @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) @Schema(example = "cn-city-yunzhou",
          description = "上级人大 / a registered congress one level up; absent for the national congress or a top entry")
      String parentCongressId,
      @NotNull @Size(max = 100) @Schema(description = "届次 / not overlapping, numbered in the order they run")
      List<@NotNull @Valid TermRequest> terms) {

    Congress.Details toDetails() {
      return new Congress.Details(name, level, parentCongressId, terms.stream().map(TermRequest::toTerm).toList());
    }
  }

  /** A term as the API shows it. */
  public record TermView(int number, LocalDate start, LocalDate end) {}

  /** A congress as the API shows it, with its current term (本届: the one containing today in the congress's zone). */
  public record CongressView(String congressId, String name, CongressLevel level, String parentCongressId,
      List<TermView> terms, @Schema(description = "本届 / the term containing today; absent between terms")
      Integer currentTerm) {

    static CongressView of(Congress c, LocalDate today) {
      return new CongressView(c.congressId(), c.details().name(), c.details().level(), c.details().parentCongressId(),
          c.details().terms().stream().map(t -> new TermView(t.number(), t.start(), t.end())).toList(),
          c.currentTerm(today).map(Term::number).orElse(null));
    }
  }

  @PutMapping("/{congressId}")
  @Operation(summary = "Enter or update a congress (人大登记/变更): by an admin of the congress or of its parent",
      description = "The parent must be a registered congress one level up (NATIONAL → PROVINCIAL → CITY → COUNTY → "
          + "TOWNSHIP), absent for the national congress or a top entry; a congress with congresses below it keeps its "
          + "level. Terms must not overlap and are numbered in the order they run. The same entry again changes nothing.")
  public CongressView putCongress(CurrentUser admin,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String congressId,
      @Valid @RequestBody CongressRequest request) {
    return CongressView.of(congresses.put(admin, congressId, request.toDetails()), congresses.today());
  }

  @GetMapping("/{congressId}")
  @Operation(summary = "One congress of the register (any congress: the register of congresses is one for all)")
  public CongressView getCongress(CurrentUser caller,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String congressId) {
    return CongressView.of(congresses.congress(congressId), congresses.today());
  }

  @GetMapping
  @Operation(summary = "The congresses of the register by id, all or those directly below one")
  public Page<CongressView> listCongresses(CurrentUser caller,
      @RequestParam(required = false) @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String parentCongressId,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    Page<Congress> found = congresses.list(parentCongressId, page, size);
    LocalDate today = congresses.today();
    return new Page<>(found.items().stream().map(c -> CongressView.of(c, today)).toList(), found.page(), found.size(),
        found.total());
  }
}
