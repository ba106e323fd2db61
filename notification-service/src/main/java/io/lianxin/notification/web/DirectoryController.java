package io.lianxin.notification.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import io.lianxin.chassis.web.Ids;
import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Role;
import io.lianxin.notification.application.DirectoryService;
import io.lianxin.notification.application.Page;
import io.lianxin.notification.application.port.DirectoryStore;
import io.lianxin.notification.domain.Person;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
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
@RequestMapping("/api/v1/directory")
@Tag(name = "directory", description = "通讯录 / who belongs where, and how to reach them")
public class DirectoryController {

  private final DirectoryService service;

  public DirectoryController(DirectoryService service) {
    this.service = service;
  }

  public record PersonRequest(@NotBlank @Size(max = 100) String name, @Size(max = 10) Set<Role> roles,
      @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String deputyId, @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String unitId,
      @Size(max = 100) String workingBody, @Size(max = 254) @Email String email,
      @Size(max = 16) @Pattern(regexp = "^\\+?[0-9]{6,15}$") String mobile, @Size(max = 2000) String webhookUrl,
      @Size(min = 16, max = 200) String webhookSecret, @Size(max = 5) @Pattern(regexp = "^(zh-CN|en)$") String language,
      Boolean active) {

    Person toPerson(String congressId, String personId) {
      return Person.builder(congressId, personId).name(name).roles(roles).deputyId(deputyId).unitId(unitId)
          .workingBody(workingBody).email(email).mobile(mobile).webhook(webhookUrl, webhookSecret).language(language)
          .active(!Boolean.FALSE.equals(active)).build();
    }
  }

  /** A person as the API shows them: everything but the webhook secret. */
  public record PersonView(String congressId, String personId, String name, Set<Role> roles, String deputyId,
      String unitId, String workingBody, String email, String mobile, String webhookUrl, boolean webhookSigned,
      String language, boolean active) {

    static PersonView of(Person p) {
      return new PersonView(p.congressId(), p.personId(), p.name(), p.roles(), p.deputyId(), p.unitId(),
          p.workingBody(), p.email(), p.mobile(), p.webhookUrl(), p.webhookSecret() != null, p.language(), p.active());
    }
  }

  @PutMapping("/people/{personId}")
  @Operation(summary = "Create or replace a person of the admin's congress")
  public PersonView save(CurrentUser admin, @PathVariable String personId, @Valid @RequestBody PersonRequest r) {
    return PersonView.of(service.save(admin, r.toPerson(admin.congressId(), personId)));
  }

  @GetMapping("/people/{personId}")
  @Operation(summary = "One person (admins, or the person themselves)")
  public PersonView getPerson(CurrentUser user, @PathVariable String personId) {
    return PersonView.of(service.get(user, personId));
  }

  @GetMapping("/people")
  @Operation(summary = "People of the admin's congress, by role or unit")
  public Page<PersonView> list(CurrentUser admin, @RequestParam(required = false) Role role,
      @RequestParam(required = false) @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String unitId,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page, @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    return service.list(admin, new DirectoryStore.Filter(role, unitId), page, size).map(PersonView::of);
  }

  @PostMapping(value = "/import", consumes = {"text/csv", "text/plain"})
  @Operation(summary = "Import people from CSV (header: personId,name,roles,deputyId,unitId,workingBody,email,mobile,"
      + "webhookUrl,language; webhookUrl must stay empty: a webhook needs a secret, set through PUT); returns the "
      + "count imported and the rejected lines with reasons")
  public DirectoryService.ImportReport importCsv(CurrentUser admin, @RequestBody String csv) {
    return service.importCsv(admin, csv);
  }
}
