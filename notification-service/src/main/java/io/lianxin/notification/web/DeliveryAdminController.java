package io.lianxin.notification.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.notification.application.NotificationService;
import io.lianxin.notification.application.port.DeliveryStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For admins: deliveries that failed or are stuck retrying, with their last error. */
@RestController
@RequestMapping("/api/v1/admin/deliveries")
@Tag(name = "deliveries", description = "投递监控 / failed and stuck deliveries")
public class DeliveryAdminController {

  private final NotificationService service;

  public DeliveryAdminController(NotificationService service) {
    this.service = service;
  }

  @GetMapping
  @Operation(summary = "Failed (failedOnly=true) or failed and retrying deliveries of the admin's congress")
  public List<NotificationService.DeliveryLine> troubled(CurrentUser admin,
      @RequestParam(defaultValue = "false") boolean failedOnly) {
    if (!admin.has(Role.ADMIN)) {
      throw new ForbiddenException("deliveries are for admins");
    }
    return service.troubledDeliveries(admin.congressId(),
        failedOnly ? DeliveryStore.Trouble.FAILED : DeliveryStore.Trouble.FAILED_OR_RETRYING);
  }
}
