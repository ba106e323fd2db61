package io.lianxin.deputy.domain;

import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One contact of the two links (双联系) of a congress: a member of the standing committee with a deputy
 * (常委会组成人员联系代表), or a deputy with voters (代表联系群众) — who made it, with whom, how and on which day.
 * The voters met are a number, never names. Logged once; each counts toward the person's yearly minimum.
 */
public final class Contact {

  /** What is logged: the kind, who made it, the deputy contacted (members only), how, when, how many voters. */
  public record Details(ContactKind kind, String personId, String counterpartDeputyId, ContactMode mode,
      LocalDate on, Integer votersMet, String summary) {
    public Details {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(personId, "personId");
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(on, "on");
    }
  }

  /** What the register says of the people named, for the rules. */
  public record People(boolean personActive, boolean personOnStandingCommittee, boolean counterpartActive) {}

  private final String congressId;
  private final String contactId;
  private final Details details;
  private final RecordedEvents<WorkEvent> events = new RecordedEvents<>();

  private Contact(String congressId, String contactId, Details details) {
    this.congressId = Objects.requireNonNull(congressId, "congressId");
    this.contactId = Objects.requireNonNull(contactId, "contactId");
    this.details = Objects.requireNonNull(details, "details");
  }

  /**
   * Logs a contact. The person must be an active deputy of the register — for a member's contact one on the
   * standing committee, with an active deputy other than themself; a deputy's contact with voters names no
   * deputy and at least one voter met. Not dated after today (in the congress's zone).
   */
  public static Contact log(String congressId, String contactId, Details details, People people, LocalDate today) {
    if (details.on().isAfter(today)) {
      throw new RuleViolationException("on", "不能晚于今天 / not after today");
    }
    if (!people.personActive()) {
      throw new RuleViolationException("personId", "名册中没有这名在任代表 / not an active deputy of the register: "
          + details.personId());
    }
    if (details.kind() == ContactKind.MEMBER_WITH_DEPUTY) {
      if (!people.personOnStandingCommittee()) {
        throw new RuleViolationException("personId", "不是常委会组成人员 / not on the standing committee: "
            + details.personId());
      }
      if (details.counterpartDeputyId() == null || details.counterpartDeputyId().equals(details.personId())
          || !people.counterpartActive()) {
        throw new RuleViolationException("counterpartDeputyId", "须为另一名在任代表 / must be another active deputy: "
            + details.counterpartDeputyId());
      }
    } else {
      if (details.counterpartDeputyId() != null) {
        throw new RuleViolationException("counterpartDeputyId", "联系群众不填代表 / not for a contact with voters");
      }
      if (details.votersMet() == null || details.votersMet() < 1) {
        throw new RuleViolationException("votersMet", "至少联系一名群众 / at least one voter met");
      }
    }
    Contact contact = new Contact(congressId, contactId, details);
    contact.events.record(new WorkEvent.ContactLogged());
    return contact;
  }

  public static Contact restore(String congressId, String contactId, Details details) {
    return new Contact(congressId, contactId, details);
  }

  /** The events of the commands since the last write, handed over once (to be staged with the contact). */
  public List<WorkEvent> takeEvents() {
    return events.take();
  }

  public String congressId() {
    return congressId;
  }

  public String contactId() {
    return contactId;
  }

  public Details details() {
    return details;
  }
}
