package io.lianxin.deputy.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.deputy.domain.AnnualReport;
import io.lianxin.deputy.domain.ReportRating;
import io.lianxin.deputy.domain.ReportState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An annual report as stored: id {@code <congressId>/<deputyId>/<year>}, so a second report of the same
 * deputy and year fails on the key; the ratings as a list of (rater, rating) in the order given.
 */
@Document(AnnualReportDocument.COLLECTION)
public class AnnualReportDocument extends AggregateDocument {

  public static final String COLLECTION = "annual_reports";

  /** One voter's rating. */
  public record RatingLine(String raterId, ReportRating rating) {}

  String congressId;
  String deputyId;
  int year;
  String stationId;
  LocalDate hearingOn;
  String text;
  ReportState state;
  LocalDate heldOn;
  Integer attendees;
  List<RatingLine> ratings;

  static String idOf(String congressId, String deputyId, int year) {
    return congressId + "/" + deputyId + "/" + year;
  }

  static AnnualReportDocument of(AnnualReport r, Long version) {
    AnnualReportDocument doc = new AnnualReportDocument();
    doc.setId(idOf(r.congressId(), r.deputyId(), r.year()));
    doc.setVersion(version);
    doc.congressId = r.congressId();
    doc.deputyId = r.deputyId();
    doc.year = r.year();
    doc.stationId = r.filing().stationId();
    doc.hearingOn = r.filing().hearingOn();
    doc.text = r.filing().text();
    doc.state = r.state();
    if (r.meeting() != null) {
      doc.heldOn = r.meeting().heldOn();
      doc.attendees = r.meeting().attendees();
    }
    doc.ratings = new ArrayList<>();
    r.ratingsInOrder().forEach((rater, rating) -> doc.ratings.add(new RatingLine(rater, rating)));
    return doc;
  }

  AnnualReport toReport() {
    Map<String, ReportRating> given = new LinkedHashMap<>();
    if (ratings != null) {
      ratings.forEach(line -> given.put(line.raterId(), line.rating()));
    }
    return AnnualReport.restore(congressId, deputyId, year, new AnnualReport.Filing(stationId, hearingOn, text), state,
        heldOn == null ? null : new AnnualReport.Meeting(heldOn, attendees), given);
  }
}
