package io.lianxin.notification.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import io.lianxin.chassis.web.Ids;
import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.notification.application.PreferencesService;
import io.lianxin.notification.domain.Preferences;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalTime;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notification preferences. */
@RestController
@RequestMapping("/api/v1/preferences")
@Tag(name = "preferences", description = "通知设置 / notification preferences")
public class PreferencesController {

  private final PreferencesService service;

  public PreferencesController(PreferencesService service) {
    this.service = service;
  }

  public record PreferencesRequest(@Size(max = 5) @Pattern(regexp = "^(zh-CN|en)$") String language,
      @Size(max = 10) Set<@NotBlank @Size(max = 40) String> emailAreas, Preferences.Digest digest,
      @Schema(type = "string", maxLength = 8, pattern = "^\\d{2}:\\d{2}(:\\d{2})?$", example = "22:00") LocalTime quietFrom,
      @Schema(type = "string", maxLength = 8, pattern = "^\\d{2}:\\d{2}(:\\d{2})?$", example = "07:30") LocalTime quietTo) {}

  @GetMapping
  @Operation(summary = "My preferences (the defaults until I change them)")
  public Preferences getPreferences(CurrentUser user) {
    return service.of(user.congressId(), user.subject());
  }

  @PutMapping
  @Operation(summary = "Change my preferences: e-mailed areas, language (left out: unchanged), digest, quiet hours")
  public Preferences put(CurrentUser user, @Valid @RequestBody PreferencesRequest r) {
    String language = service.languageAfterChange(user.congressId(), user.subject(), r.language());
    return service.save(new Preferences(user.congressId(), user.subject(), language, r.emailAreas(), r.digest(),
        r.quietFrom(), r.quietTo()));
  }
}
