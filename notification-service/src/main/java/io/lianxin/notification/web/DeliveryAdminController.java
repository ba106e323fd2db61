package io.lianxin.notification.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.notification.application.NotificationService;
import io.lianxin.notification.application.Page;
import io.lianxin.notification.application.port.DeliveryStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For admins: deliveries not delivered — failed, retrying, held by quiet hours, deferred to the
 * digest by the hourly cap — each with where it stands and its last error.
 */
@RestController
@Validated
@RequestMapping("/api/v1/admin/deliveries")
@Tag(name = "deliveries", description = "投递监控 / failed and stuck deliveries")
public class DeliveryAdminController {

  private final NotificationService service;

  public DeliveryAdminController(NotificationService service) {
    this.service = service;
  }

  @GetMapping
  @Operation(summary = "Deliveries of the admin's congress not delivered: failed for good (failedOnly=true), or also "
      + "retrying, held by quiet hours and deferred to the next digest by the hourly e-mail cap, newest first")
  public Page<NotificationService.DeliveryLine> troubled(CurrentUser admin,
      @RequestParam(defaultValue = "false") boolean failedOnly,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
    if (!admin.has(Role.ADMIN)) {
      throw new ForbiddenException("deliveries are for admins");
    }
    return service.troubledDeliveries(admin.congressId(),
        failedOnly ? DeliveryStore.Trouble.FAILED : DeliveryStore.Trouble.UNDELIVERED, page, size);
  }
}
