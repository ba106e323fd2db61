package io.lianxin.voting.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.voting.application.PollService;
import io.lianxin.voting.domain.Ballot;
import io.lianxin.voting.domain.PassingRule;
import io.lianxin.voting.domain.Poll;
import io.lianxin.voting.domain.PollMethod;
import io.lianxin.voting.domain.PollSpec;
import io.lianxin.voting.domain.Tally;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Polls (表决): staff draft, open and close them; voters on the roll vote once. */
@RestController
@RequestMapping("/api/v1/polls")
@Tag(name = "polls", description = "表决、测评 / polls")
public class PollController {

  private final PollService service;

  public PollController(PollService service) {
    this.service = service;
  }

  public record CreateRequest(@NotBlank @Size(max = 200) String title, @NotNull PollMethod method,
      @NotEmpty @Size(max = 500) List<@NotBlank String> items, @NotEmpty @Size(max = 20_000) List<@NotBlank String> roll,
      PassingRule.Base base, PassingRule.Threshold threshold, Integer seats, Integer minChoices, Integer maxChoices,
      Boolean secret) {}

  public record BallotRequest(@NotNull Map<String, String> answers) {}

  /** A poll as staff and voters see it (no key, no roll of who voted). */
  public record PollView(String id, String title, String method, List<String> items, int rollSize, boolean secret,
      String state) {
    static PollView of(Poll p) {
      return new PollView(p.id(), p.title(), p.spec().method().name(), p.spec().items(), p.spec().rollSize(), p.secret(),
          p.state().name());
    }
  }

  @PostMapping
  @Operation(summary = "Draft a poll over a roll of voters (staff)")
  public ResponseEntity<PollView> create(CurrentUser staff, @Valid @RequestBody CreateRequest r) {
    PassingRule rule = new PassingRule(r.base() == null ? PassingRule.Base.ALL_MEMBERS : r.base(),
        r.threshold() == null ? PassingRule.Threshold.MORE_THAN_HALF : r.threshold());
    PollSpec spec = new PollSpec(r.method(), r.items(), r.roll().size(), rule, r.seats(),
        r.minChoices() == null ? 0 : r.minChoices(), r.maxChoices() == null ? r.items().size() : r.maxChoices(), 50, 60);
    Poll poll = service.draft(staff, r.title(), spec, !Boolean.FALSE.equals(r.secret()), r.roll());
    return ResponseEntity.created(URI.create("/api/v1/polls/" + poll.id())).body(PollView.of(poll));
  }

  @PostMapping("/{id}/opening")
  @Operation(summary = "Open the poll (staff); the roll is fixed")
  public PollView open(CurrentUser staff, @PathVariable String id) {
    return PollView.of(service.open(staff, id));
  }

  @PostMapping("/{id}/closing")
  @Operation(summary = "Close the poll (staff); a secret poll's ballot key is destroyed")
  public PollView close(CurrentUser staff, @PathVariable String id) {
    return PollView.of(service.close(staff, id));
  }

  @PostMapping("/{id}/ballots")
  @Operation(summary = "Cast my ballot, once (voters on the roll); returns my receipt code")
  public ResponseEntity<Map<String, String>> vote(CurrentUser voter, @PathVariable String id,
      @Valid @RequestBody BallotRequest r) {
    return ResponseEntity.status(201).body(Map.of("receipt", service.vote(voter, id, new Ballot(r.answers()))));
  }

  @GetMapping("/{id}/result")
  @Operation(summary = "The count, once the poll is closed")
  public Tally.Result result(CurrentUser user, @PathVariable String id) {
    return service.result(user, id);
  }
}
