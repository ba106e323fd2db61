package io.lianxin.voting.persistence;

import io.lianxin.voting.domain.RegisteredDeputy;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One deputy of voting-service's copy of the register, under congress/deputy id (the event's subject). */
@Document(RegisterEntryDocument.COLLECTION)
public class RegisterEntryDocument {

  public static final String COLLECTION = "register_deputies";

  @Id
  private String id;
  private RegisteredDeputy deputy;

  static String idOf(String congressId, String deputyId) {
    return congressId + "/" + deputyId;
  }

  static RegisterEntryDocument of(RegisteredDeputy deputy) {
    RegisterEntryDocument doc = new RegisterEntryDocument();
    doc.id = idOf(deputy.congressId(), deputy.deputyId());
    doc.deputy = deputy;
    return doc;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public RegisteredDeputy getDeputy() {
    return deputy;
  }

  public void setDeputy(RegisteredDeputy deputy) {
    this.deputy = deputy;
  }
}
