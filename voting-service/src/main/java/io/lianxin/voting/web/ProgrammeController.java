package io.lianxin.voting.web;

import org.springframework.web.bind.annotation.RequestHeader;
import jakarta.validation.constraints.Pattern;
import io.lianxin.chassis.web.Ids;
import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.voting.application.Page;
import io.lianxin.voting.application.ProgrammeService;
import io.lianxin.voting.domain.Programme;
import io.lianxin.voting.domain.Proposal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The livelihood-project programme (民生实事项目票决): proposals, supports, shortlist, the vote. */
@RestController
@Tag(name = "programmes", description = "民生实事项目 / livelihood-project programmes")
public class ProgrammeController {

  private final ProgrammeService service;

  public ProgrammeController(ProgrammeService service) {
    this.service = service;
  }

  public record OpenRequest(@NotNull @Min(2000) @Max(2100) Integer year, @NotBlank @Size(max = 200) String title,
      @NotNull @Min(1) @Max(100) Integer seats, @NotNull Instant collectingUntil) {}

  public record ProposeRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 5000) String description,
      @Size(max = 200) String place, @Size(max = 1000) String estimatedBenefit, Proposal.Source source,
      @Size(max = 200) String sourceRef) {}

  public record MergeRequest(@NotBlank @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String into) {}

  public record CandidateRequest(@NotBlank @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String proposalId, @NotBlank @Size(max = 200) String title,
      @Size(max = 2000) String feasibility, @NotNull @Min(0) Long budgetYuan, @NotBlank @Size(max = 200) String department) {}

  public record ShortlistRequest(@NotEmpty @Size(max = 200) List<@Valid @NotNull CandidateRequest> candidates) {}

  /**
   * The deputies' vote on the shortlist: the roll (deputies' ids, or {@code rollOf} a roll by kind
   * from the register, e.g. ALL_DEPUTIES — exactly one), its times, and the poll's scrutineers (监票人).
   */
  public record VoteRequest(
      @Size(min = 1, max = 20_000) List<@NotBlank @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String> roll,
      @Valid PollController.RollRequest rollOf,
      Instant opensAt, Instant closesAt,
      @Size(max = 15) List<@NotBlank @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String> scrutineers,
      @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(15) Integer scrutineerThreshold) {}

  /** A proposal with its supports. */
  public record ProposalView(String id, String programmeId, String title, String description, String place,
      String estimatedBenefit, String source, String sourceRef, String mergedInto, Instant proposedAt, long supports) {
    static ProposalView of(ProgrammeService.RankedProposal r) {
      Proposal p = r.proposal();
      return new ProposalView(p.id(), p.programmeId(), p.title(), p.description(), p.place(), p.estimatedBenefit(),
          p.source().name(), p.sourceRef(), p.mergedInto(), p.proposedAt(), r.supports());
    }
  }

  @PostMapping("/api/v1/programmes")
  @Operation(summary = "Open a year's programme for proposals (staff)")
  @ResponseStatus(HttpStatus.CREATED)
  public ResponseEntity<ProgrammeView> openProgramme(CurrentUser staff, @Valid @RequestBody OpenRequest r,
      @RequestHeader(value = "Idempotency-Key", required = false) @Size(min = 1, max = 200) String idempotencyKey) {
    Programme p = service.open(staff, r.year(), r.title(), r.seats(), r.collectingUntil(), idempotencyKey);
    return ResponseEntity.created(URI.create("/api/v1/programmes/" + p.id())).body(ProgrammeView.of(p));
  }

  @GetMapping("/api/v1/programmes")
  @Operation(summary = "A page of the programmes of my congress, latest year first: items, total, page (from 0), size (1..200)")
  public Page<ProgrammeView> listProgrammes(CurrentUser user,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return service.list(user, page, size).map(ProgrammeView::of);
  }

  @GetMapping("/api/v1/programmes/{id}")
  @Operation(summary = "One programme of my congress: phase, shortlist, selected projects")
  public ProgrammeView getProgramme(CurrentUser user, @PathVariable String id) {
    return ProgrammeView.of(service.get(user, id));
  }

  @PostMapping("/api/v1/programmes/{id}/proposals")
  @Operation(summary = "Propose a project (residents directly; deputies and stations as the source)")
  @ResponseStatus(HttpStatus.CREATED)
  public ResponseEntity<ProposalView> propose(CurrentUser user, @PathVariable String id,
      @Valid @RequestBody ProposeRequest r, @RequestHeader(value = "Idempotency-Key", required = false) @Size(min = 1, max = 200) String idempotencyKey) {
    Proposal p = service.propose(user, id, r.title(), r.description(), r.place(), r.estimatedBenefit(), r.source(),
        r.sourceRef(), idempotencyKey);
    return ResponseEntity.created(URI.create("/api/v1/proposals/" + p.id()))
        .body(ProposalView.of(new ProgrammeService.RankedProposal(p, 0)));
  }

  @GetMapping("/api/v1/programmes/{id}/proposals")
  @Operation(summary = "A page of the proposals, most supported first, merged ones last: items, total, page (from 0), size (1..200)")
  public Page<ProposalView> listProposals(CurrentUser user, @PathVariable String id,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    service.get(user, id);
    return service.proposals(id, page, size).map(ProposalView::of);
  }

  @PostMapping("/api/v1/proposals/{id}/supports")
  @Operation(summary = "Support a proposal (附议), once per person")
  public ResponseEntity<Map<String, Long>> support(CurrentUser user, @PathVariable String id) {
    return ResponseEntity.status(201).body(Map.of("supports", service.support(user, id)));
  }

  @PostMapping("/api/v1/proposals/{id}/merge")
  @Operation(summary = "Merge a duplicate into another proposal (staff); supports move, each person once")
  public ProposalView merge(CurrentUser staff, @PathVariable String id, @Valid @RequestBody MergeRequest r) {
    return ProposalView.of(new ProgrammeService.RankedProposal(service.merge(staff, id, r.into()), 0));
  }

  @PostMapping("/api/v1/programmes/{id}/shortlist")
  @Operation(summary = "Set the shortlist, more candidates than seats (staff)")
  public ProgrammeView shortlist(CurrentUser staff, @PathVariable String id, @Valid @RequestBody ShortlistRequest r) {
    return ProgrammeView.of(service.shortlist(staff, id, r.candidates().stream().map(c -> new Programme.Candidate(c.proposalId(),
        c.title(), c.feasibility(), c.budgetYuan(), c.department())).toList()));
  }

  @PostMapping("/api/v1/programmes/{id}/poll")
  @Operation(summary = "Create the deputies' plenary poll over the shortlist (staff)")
  public ProgrammeView startVoting(CurrentUser staff, @PathVariable String id, @Valid @RequestBody VoteRequest r) {
    return ProgrammeView.of(service.startVoting(staff, id, new Programme.PlenaryVote(r.roll(),
        r.rollOf() == null ? null : r.rollOf().toRoll(), r.opensAt(), r.closesAt(), r.scrutineers(),
        r.scrutineerThreshold())));
  }
}
