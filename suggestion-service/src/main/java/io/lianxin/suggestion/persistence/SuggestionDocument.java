package io.lianxin.suggestion.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.suggestion.domain.Suggestion;
import io.lianxin.suggestion.domain.SuggestionCategory;
import io.lianxin.suggestion.domain.SuggestionKind;
import io.lianxin.suggestion.domain.SuggestionState;
import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;

/** A suggestion as stored: the aggregate's fields plus version, outbox and history. */
@Document(SuggestionDocument.COLLECTION)
public class SuggestionDocument extends AggregateDocument {

  public static final String COLLECTION = "suggestions";

  private String congressId;
  private SuggestionKind kind;
  private SuggestionState state;
  private String title;
  private String body;
  private SuggestionCategory category;
  private String proposerDeputyId;
  private List<String> coSignerDeputyIds = List.of();
  private Instant submittedAt;

  public static SuggestionDocument from(Suggestion s, SuggestionDocument into) {
    into.setId(s.id());
    into.congressId = s.congressId();
    into.kind = s.kind();
    into.state = s.state();
    into.title = s.title();
    into.body = s.body();
    into.category = s.category();
    into.proposerDeputyId = s.proposerDeputyId();
    into.coSignerDeputyIds = s.coSignerDeputyIds();
    into.submittedAt = s.submittedAt();
    return into;
  }

  public Suggestion toDomain() {
    return new Suggestion(getId(), congressId, kind, title, body, category, proposerDeputyId,
        coSignerDeputyIds, state, submittedAt);
  }

  public String getCongressId() { return congressId; }
  public void setCongressId(String congressId) { this.congressId = congressId; }
  public SuggestionKind getKind() { return kind; }
  public void setKind(SuggestionKind kind) { this.kind = kind; }
  public SuggestionState getState() { return state; }
  public void setState(SuggestionState state) { this.state = state; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getBody() { return body; }
  public void setBody(String body) { this.body = body; }
  public SuggestionCategory getCategory() { return category; }
  public void setCategory(SuggestionCategory category) { this.category = category; }
  public String getProposerDeputyId() { return proposerDeputyId; }
  public void setProposerDeputyId(String proposerDeputyId) { this.proposerDeputyId = proposerDeputyId; }
  public List<String> getCoSignerDeputyIds() { return coSignerDeputyIds; }
  public void setCoSignerDeputyIds(List<String> coSignerDeputyIds) { this.coSignerDeputyIds = coSignerDeputyIds; }
  public Instant getSubmittedAt() { return submittedAt; }
  public void setSubmittedAt(Instant submittedAt) { this.submittedAt = submittedAt; }
}
