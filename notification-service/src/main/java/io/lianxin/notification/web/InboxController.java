package io.lianxin.notification.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.notification.application.NotificationService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/inbox")
@Tag(name = "inbox", description = "站内信 / in-app inbox")
public class InboxController {

  private final NotificationService service;

  public InboxController(NotificationService service) {
    this.service = service;
  }

  @GetMapping
  @Operation(summary = "The caller's notifications, newest first")
  public NotificationService.InboxPage inbox(CurrentUser user,
      @RequestParam(defaultValue = "false") boolean unreadOnly,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return service.inbox(user, unreadOnly, page, size);
  }
}
