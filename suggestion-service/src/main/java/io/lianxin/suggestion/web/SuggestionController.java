package io.lianxin.suggestion.web;

import io.lianxin.chassis.outbox.HistoryEntry;
import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.suggestion.application.SuggestionService;
import io.lianxin.suggestion.domain.Suggestion;
import io.lianxin.suggestion.domain.SuggestionCategory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/suggestions")
@Tag(name = "suggestions", description = "代表建议 / deputies' suggestions")
public class SuggestionController {

  private final SuggestionService service;

  public SuggestionController(SuggestionService service) {
    this.service = service;
  }

  public record SubmitRequest(
      @NotBlank @Size(max = Suggestion.MAX_TITLE) String title,
      @NotBlank @Size(max = Suggestion.MAX_BODY) String body,
      @NotNull SuggestionCategory category) {}

  public record SuggestionView(
      String id, String congressId, String kind, String state, String title, String body, String category,
      String proposerDeputyId, List<String> coSignerDeputyIds, Instant submittedAt) {

    static SuggestionView of(Suggestion s) {
      return new SuggestionView(s.id(), s.congressId(), s.kind().name(), s.state().name(), s.title(), s.body(),
          s.category().name(), s.proposerDeputyId(), s.coSignerDeputyIds(), s.submittedAt());
    }
  }

  @PostMapping
  @Operation(summary = "Submit a suggestion (提交建议) — deputies only; accepts Idempotency-Key")
  public ResponseEntity<SuggestionView> submit(CurrentUser user, @Valid @RequestBody SubmitRequest request) {
    Suggestion s = service.submit(user, request.title(), request.body(), request.category());
    return ResponseEntity.created(URI.create("/api/v1/suggestions/" + s.id())).body(SuggestionView.of(s));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One suggestion, if the caller may see it")
  public SuggestionView get(CurrentUser user, @PathVariable String id) {
    return SuggestionView.of(service.get(user, id));
  }

  @GetMapping("/{id}/history")
  @Operation(summary = "The audit trail of a suggestion (办理过程)")
  public List<HistoryEntry> history(CurrentUser user, @PathVariable String id) {
    return service.history(user, id);
  }
}
