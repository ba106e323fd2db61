package io.lianxin.events;

import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Renders docs/events.md from the catalogue and the schemas, so the document cannot drift. */
public final class EventCatalogMarkdown {

  private EventCatalogMarkdown() {}

  public static String render() {
    JsonMapper json = JsonMapper.builder().build();
    StringBuilder md = new StringBuilder();
    md.append("# Event catalogue\n\n")
        .append("Generated from `platform/event-contracts` (EventCatalog and the JSON Schemas); ")
        .append("`EventCatalogDocTest` fails when this file is out of date. Regenerate with\n")
        .append("`./mvnw -pl platform/event-contracts test -Dlianxin.events.write-docs=true`.\n\n")
        .append("Every event is a CloudEvents 1.0 structured-JSON record (`application/cloudevents+json`); ")
        .append("the Kafka key is the aggregate id (`subject`). Envelope attributes: `id`, `source`, `type`, ")
        .append("`subject`, `time`, `dataschema`, `congressid` (tenant), `sequence` (CloudEvents sequence extension, a string: aggregate version and index, e.g. `0000000000000003.0001`), ")
        .append("`traceparent`.\n\n")
        .append("## Contract changes\n\n")
        .append("- **2026-12, issue 12 — deputy work reaches the others** (additive): new types ")
        .append("`lianxin.deputy.reception-day-scheduled.v1` … `contact-logged.v1` (reception days, voters' opinions, ")
        .append("annual reports, training, 双联系 contacts; never a visitor's name or contact) and ")
        .append("`voter-opinion-taken-up.v1` (suggestion-service starts the deputy's draft from it); ")
        .append("`lianxin.voting.poll-closed.v1` carries `attendees`, the voters signed in at an in-person poll (empty ")
        .append("for a poll voted online), which deputies' records count as attendance.\n")
        .append("- **2026-12, issue 12 — the office told of those below the minimums** (additive, new type): ")
        .append("`lianxin.deputy.below-minimum-noticed.v1` (the deputies below the points or 双联系 minimum of a year, ")
        .append("once per year and day).\n")
        .append("- **2026-12, issue 14 — a cancelled poll and a form due** (additive, new types): ")
        .append("`lianxin.supervision.satisfaction-vote-cancelled.v1` (voting-service cancelled the poll a satisfaction ")
        .append("vote waited for; staff may ask again; a score vote's cancel is `score-vote-void`) and ")
        .append("`opinion-form-due-soon.v1` (the deputies who have not answered an opinion form, once per form).\n")
        .append("- **2026-12, issues 12 and 14 — leaders are register ids** (meaning of a field): `supervisingLeaderId` ")
        .append("(suggestion's key items, supervision's opinions) and `leadLeaderId` (supervision's trackings) are the ")
        .append("deputy ids of members of the chair's council in the register (before: a sign-in name); routes address ")
        .append("them as `deputy:<id>`.\n")
        .append("- **2026-12, issue 14 — the opinion form and commitments** (additive, new types): ")
        .append("`lianxin.supervision.opinion-form-sent.v1`, `opinion-form-answered.v1` and ")
        .append("`inquiry-commitment-fulfilled.v1`, each with the activity's snapshot.\n")
        .append("- **2026-12, issue 14 — performance reviews** (additive, new types): ")
        .append("`lianxin.supervision.performance-review-started.v1`, `performance-review-step-recorded.v1`, ")
        .append("`score-vote-void.v1`, `performance-review-rated.v1`, `performance-review-closed.v1`, each with the round's ")
        .append("snapshot; `score-vote-requested` is now sent for a round (`requestId` `review:<id>:<k>`), unchanged in shape.\n")
        .append("- **2026-12, issue 13 — key items, direct channel** (additive): new types ")
        .append("`lianxin.suggestion.working-group-set.v1`, `inspection-recorded.v1`, `progress-report-requested.v1` and ")
        .append("`progress-report-submitted.v1`; `direct-channel-sent` carries, optional, `directChannelUnitIds` (the ")
        .append("recipients as units of the register) and `recipients` are now their names (before: free text).\n")
        .append("- **2026-12, issue 13 — replies reviewed, motions' own path** (additive, new types): where the committee ")
        .append("reviews replies, `lianxin.suggestion.reply-signed.v1`, `reply-reviewed.v1` and `reply-sent-back.v1` come before ")
        .append("`replied.v1`, which is now sent when the leader signs the reply off (states `REPLY_IN_REVIEW`, ")
        .append("`REPLY_AWAITING_SIGN_OFF`); motions: `motion-placed-on-agenda.v1`, `motion-deliberated.v1`, ")
        .append("`motion-converted.v1` and, on the new suggestion, `converted-from-motion.v1` (states `ON_AGENDA`, `DELIBERATED`, ")
        .append("`CONVERTED_TO_SUGGESTION`).\n")
        .append("- **2026-12, issue 14 — supervision-service publishes** (additive, new types): the review-opinion ")
        .append("events `lianxin.supervision.opinion-issued.v1` … `measure-overdue.v1`, each with the opinion's ")
        .append("snapshot, and the livelihood-project tracking events `project-tracking-started.v1` … ")
        .append("`project-rated.v1`, each with the tracking's snapshot; `satisfaction-vote-requested` is now sent ")
        .append("for an opinion's report (`subjectType` `REVIEW_OPINION`, `requestId` `opinion:<id>:round-<n>:<k>`) ")
        .append("and a project's year-end rating (`LIVELIHOOD_PROJECT`, `project:<trackingId>:<k>`), unchanged in shape.\n")
        .append("- **2026-12, issue 12 — the register says who sits where** (additive, optional): deputy events ")
        .append("carry `deputyGroup`, `delegationHead` and `standingCommitteeRole` (absent: not on the standing ")
        .append("committee; `SECRETARY_GENERAL`, `VICE_CHAIR`, `CHAIR` form the chair's council). Consumers that ")
        .append("ignore unknown fields are unaffected.\n")
        .append("- **2026-12, issue 13 — follow-up facts** (additive, optional): `contact-logged` carries ")
        .append("`contactNumber` and, when the proposing deputy answered an entry, `deputyResponse` ")
        .append("(`CONFIRMED`/`DISPUTED`) and `disputeReason`; `not-registered` carries `mergedIntoNumber`; ")
        .append("`published` carries `redacted`, `personalDataConfirmed` and, required, `publicTitle` (the title public ")
        .append("texts show; the item's own title may hold personal data staff redacted).\n")
        .append("- **2026-12, issue 11 — `sequence` is a string** (it was a JSON number, the same for all events ")
        .append("of one change). The CloudEvents sequence extension defines a string that orders lexicographically ")
        .append("and increases: `<aggregate version, 16 digits>.<index of the event in that change, 4 digits>`, e.g. ")
        .append("`0000000000000003.0001` for the second event of the change that made version 3. Consumers compare ")
        .append("it as text. A record written before (a number `n`) is read as `n`'s first event (`EventCodec`).\n")
        .append("- **2026-12, issue 10 — a fact that is null is absent** (before: `\"closesAt\": null` on some voting ")
        .append("events). Optional fields are left out rather than sent as null (ADR 0014).\n\n");
    md.append("| type | topic | what happened |\n|---|---|---|\n");
    for (EventType type : EventCatalog.all()) {
      md.append("| `").append(type.name()).append("` | `").append(type.topic()).append("` | ")
          .append(type.description()).append(" |\n");
    }
    for (EventType type : EventCatalog.all()) {
      JsonNode schema = json.readTree(EventSchemaValidator.read(type.schemaResource()));
      md.append("\n## ").append(type.name()).append("\n\n").append(type.description()).append("\n\n")
          .append("Schema: `").append(type.schemaResource()).append("`; example: `")
          .append(type.exampleResource()).append("`.\n\n| field | type | required |\n|---|---|---|\n");
      JsonNode required = schema.path("required");
      Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        boolean isRequired = false;
        for (JsonNode r : required) {
          isRequired |= r.asString().equals(field.getKey());
        }
        md.append("| `").append(field.getKey()).append("` | ").append(describe(field.getValue()))
            .append(" | ").append(isRequired ? "yes" : "no").append(" |\n");
      }
    }
    return md.toString();
  }

  private static String describe(JsonNode property) {
    if (property.has("enum")) {
      StringBuilder values = new StringBuilder("one of");
      property.get("enum").forEach(v -> values.append(" `").append(v.asString()).append('`'));
      return values.toString();
    }
    JsonNode type = property.path("type");
    String text = type.isArray() ? type.toString().replace("\"", "").replace(",", " or ") : type.asString("any");
    if (property.has("format")) {
      text += " (" + property.get("format").asString() + ")";
    }
    return text;
  }
}
