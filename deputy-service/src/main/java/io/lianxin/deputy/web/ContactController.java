package io.lianxin.deputy.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.web.Ids;
import io.lianxin.deputy.application.Contacts;
import io.lianxin.deputy.application.Page;
import io.lianxin.deputy.domain.Contact;
import io.lianxin.deputy.domain.ContactKind;
import io.lianxin.deputy.domain.ContactMode;
import io.lianxin.deputy.domain.ContactTally;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "contacts", description = "双联系 / contacts of standing-committee members with deputies and of deputies "
    + "with voters, and each person's yearly count against the minimum")
public class ContactController {

  private final Contacts contacts;

  public ContactController(Contacts contacts) {
    this.contacts = contacts;
  }

  /** A contact as logged by the person who made it or the office. */
  public record ContactRequest(
      @NotNull ContactKind kind,
      @NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN)
      @Schema(description = "who made the contact: a member of the standing committee, or a deputy") String personId,
      @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN)
      @Schema(description = "the deputy contacted (MEMBER_WITH_DEPUTY only)") String counterpartDeputyId,
      @NotNull ContactMode mode,
      @NotNull @Schema(example = "2026-11-20") LocalDate on,
      @Min(1) @Max(100_000) @Schema(description = "how many voters were met (DEPUTY_WITH_VOTERS only; no names)")
      Integer votersMet,
      @Size(max = 500) @Schema(description = "what was discussed, for the office (not in events)") String summary) {

    Contact.Details toDetails() {
      return new Contact.Details(kind, personId, counterpartDeputyId, mode, on, votersMet, summary);
    }
  }

  public record ContactView(String congressId, String contactId, ContactKind kind, String personId,
      String counterpartDeputyId, ContactMode mode, LocalDate on, Integer votersMet, String summary) {

    static ContactView of(Contact c) {
      Contact.Details d = c.details();
      return new ContactView(c.congressId(), c.contactId(), d.kind(), d.personId(), d.counterpartDeputyId(), d.mode(),
          d.on(), d.votersMet(), d.summary());
    }
  }

  public record CountView(String personId, ContactKind kind, int year, long contacts, int minimum,
      boolean belowMinimum) {

    static CountView of(ContactTally.Count c) {
      return new CountView(c.personId(), c.kind(), c.year(), c.contacts(), c.minimum(), c.belowMinimum());
    }
  }

  @PutMapping("/api/v1/contacts/{contactId}")
  @Operation(summary = "Log a contact of the two links (双联系) — a deputy their own, the office anyone's; the same "
      + "contact again changes nothing, other details under the same id are 409")
  public ContactView putContact(CurrentUser caller,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String contactId,
      @Valid @RequestBody ContactRequest request) {
    return ContactView.of(contacts.log(caller, contactId, request.toDetails()));
  }

  @GetMapping("/api/v1/contacts/{contactId}")
  @Operation(summary = "One contact: the person who made it, and the office")
  public ContactView getContact(CurrentUser caller,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String contactId) {
    return ContactView.of(contacts.contact(caller, contactId));
  }

  @GetMapping("/api/v1/deputies/{deputyId}/contacts")
  @Operation(summary = "The contacts a person made in a year, by date (the deputy their own, the office every "
      + "deputy's); year: the current one in the congress's zone if not given")
  public Page<ContactView> ofPerson(CurrentUser caller,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String deputyId,
      @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    return Page.slice(contacts.ofPerson(caller, deputyId, year).stream().map(ContactView::of).toList(), page, size);
  }

  @GetMapping("/api/v1/contact-counts")
  @Operation(summary = "Each person's contacts of a kind in a year against the yearly minimum (年度双联系次数), fewest "
      + "first: members of the standing committee for MEMBER_WITH_DEPUTY, every serving deputy for DEPUTY_WITH_VOTERS "
      + "(no kind: both, members' first); belowMinimum=true lists only those below it; year: the current one in the "
      + "congress's zone if not given")
  public Page<CountView> counts(CurrentUser caller,
      @RequestParam(required = false) ContactKind kind,
      @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
      @RequestParam(defaultValue = "false") boolean belowMinimum,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    return Page.slice(contacts.counts(caller, kind, year, belowMinimum).stream().map(CountView::of).toList(), page, size);
  }
}
