package io.lianxin.notification.web;

import jakarta.validation.constraints.Size;
import io.lianxin.chassis.web.Ids;
import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.notification.application.NotificationService;
import io.lianxin.notification.domain.Priority;
import io.lianxin.notification.domain.InboxFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Validated
@RequestMapping("/api/v1/inbox")
@Tag(name = "inbox", description = "站内信 / in-app inbox")
public class InboxController {

  private final NotificationService service;
  private final InboxStream stream;

  public InboxController(NotificationService service, InboxStream stream) {
    this.service = service;
    this.stream = stream;
  }

  @GetMapping
  @Operation(summary = "The caller's notifications, newest first; filter by unread, area (suggestion, voting, "
      + "supervision), priority, item")
  public NotificationService.InboxPage inbox(CurrentUser user,
      @RequestParam(defaultValue = "false") boolean unreadOnly,
      @RequestParam(required = false) @Size(max = 30) @Pattern(regexp = "[a-z]{1,30}") String area,
      @RequestParam(required = false) Priority priority,
      @RequestParam(required = false) @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String subjectId,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return service.inbox(user, new InboxFilter(unreadOnly, area, priority, subjectId), page, size);
  }

  @GetMapping("/unread-count")
  @Operation(summary = "How many notifications the caller has not read")
  public Map<String, Long> unreadCount(CurrentUser user) {
    return Map.of("unread", service.unreadCount(user));
  }

  @PostMapping("/{id}/read")
  @Operation(summary = "Mark one notification read")
  public ResponseEntity<Void> markRead(CurrentUser user, @PathVariable String id) {
    service.markRead(user, id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/read-all")
  @Operation(summary = "Mark all the caller's notifications read")
  public Map<String, Long> markAllRead(CurrentUser user) {
    return Map.of("marked", service.markAllRead(user));
  }

  @GetMapping(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @Operation(summary = "Live notifications (Server-Sent Events); reconnect with Last-Event-ID to get what was missed")
  public SseEmitter stream(CurrentUser user, @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId)
      throws IOException {
    return stream.open(user, lastEventId);
  }
}
