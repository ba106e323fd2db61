package io.lianxin.deputy.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.deputy.domain.DepartureReason;
import io.lianxin.deputy.domain.Deputy;
import io.lianxin.deputy.domain.DeputyDetails;
import io.lianxin.deputy.domain.DeputyStatus;
import io.lianxin.deputy.domain.StandingCommitteeRole;
import java.time.LocalDate;
import org.springframework.data.mongodb.core.mapping.Document;

/** A deputy as stored: id {@code <congressId>/<deputyId>} (deputy ids are unique within a congress). */
@Document(DeputyDocument.COLLECTION)
public class DeputyDocument extends AggregateDocument {

  public static final String COLLECTION = "deputies";

  String congressId;
  String deputyId;
  String name;
  String electoralUnit;
  String delegation;
  String deputyGroup;
  boolean delegationHead;
  StandingCommitteeRole standingCommitteeRole;
  String occupation;
  LocalDate termStart;
  LocalDate termEnd;
  DeputyStatus status;
  DepartureReason leftBecause;
  LocalDate leftOn;

  static String idOf(String congressId, String deputyId) {
    return congressId + "/" + deputyId;
  }

  static DeputyDocument of(Deputy d, Long version) {
    DeputyDocument doc = new DeputyDocument();
    doc.setId(idOf(d.congressId(), d.deputyId()));
    doc.setVersion(version);
    doc.congressId = d.congressId();
    doc.deputyId = d.deputyId();
    doc.name = d.details().name();
    doc.electoralUnit = d.details().electoralUnit();
    doc.delegation = d.details().delegation();
    doc.deputyGroup = d.details().deputyGroup();
    doc.delegationHead = d.details().delegationHead();
    doc.standingCommitteeRole = d.details().standingCommitteeRole();
    doc.occupation = d.details().occupation();
    doc.termStart = d.details().termStart();
    doc.termEnd = d.details().termEnd();
    doc.status = d.status();
    doc.leftBecause = d.leftBecause();
    doc.leftOn = d.leftOn();
    return doc;
  }

  Deputy toDeputy() {
    return Deputy.restore(congressId, deputyId,
        DeputyDetails.builder(name, termStart).electoralUnit(electoralUnit).delegation(delegation).deputyGroup(deputyGroup)
            .delegationHead(delegationHead).standingCommitteeRole(standingCommitteeRole).occupation(occupation)
            .termEnd(termEnd).build(), status, leftBecause, leftOn);
  }
}
