package io.lianxin.suggestion.persistence;

import com.mongodb.client.result.UpdateResult;
import io.lianxin.suggestion.application.port.RegisterCopyStore;
import io.lianxin.suggestion.domain.RegisterExtract;
import io.lianxin.suggestion.domain.RegisteredDeputy;
import io.lianxin.suggestion.domain.RegisteredUnit;
import io.lianxin.suggestion.domain.ReportNames;
import io.lianxin.suggestion.domain.StandingCommitteeRole;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The register copy: one document per deputy and per unit, {@code _id} = congress/id. A write is one
 * upsert guarded by "the kept sequence is older": when the entry already holds a newer or the same
 * event, the guard matches nothing and the upsert meets the existing {@code _id} (duplicate key) —
 * the event is one seen before, and nothing changes.
 */
@Repository
public class MongoRegisterCopyStore implements RegisterCopyStore {

  static final String DEPUTIES = "register_deputies";
  static final String UNITS = "register_units";

  private final MongoTemplate mongo;

  public MongoRegisterCopyStore(MongoTemplate mongo) {
    this.mongo = mongo;
    // the names of a congress's units and deputies, for the handling report
    for (String collection : List.of(DEPUTIES, UNITS)) {
      mongo.indexOps(collection).createIndex(new Index().on("congressId", Sort.Direction.ASC));
    }
  }

  @Override
  public boolean put(RegisteredDeputy d, String sequence) {
    return put(DEPUTIES, d.congressId(), d.deputyId(), sequence, new Update()
        .set("congressId", d.congressId()).set("entryId", d.deputyId()).set("name", d.name())
        .set("active", d.active()).set("delegation", d.delegation()).set("delegationHead", d.delegationHead())
        .set("standingCommitteeRole", d.standingCommitteeRole() == null ? null : d.standingCommitteeRole().name()));
  }

  @Override
  public boolean put(RegisteredUnit u, String sequence) {
    return put(UNITS, u.congressId(), u.unitId(), sequence, new Update()
        .set("congressId", u.congressId()).set("entryId", u.unitId()).set("name", u.name())
        .set("active", u.active()).set("superiorUnitId", u.superiorUnitId()));
  }

  private boolean put(String collection, String congressId, String id, String sequence, Update entry) {
    Query olderOrAbsent = Query.query(Criteria.where("_id").is(congressId + "/" + id).and("sequence").lt(sequence));
    try {
      UpdateResult written = mongo.upsert(olderOrAbsent, entry.set("sequence", sequence), collection);
      return written.getMatchedCount() > 0 || written.getUpsertedId() != null;
    } catch (DuplicateKeyException seenBefore) {
      return false;
    }
  }

  @Override
  public ReportNames names(String congressId) {
    return new ReportNames(names(UNITS, congressId), names(DEPUTIES, congressId));
  }

  private Map<String, String> names(String collection, String congressId) {
    Map<String, String> names = new LinkedHashMap<>();
    Query ofCongress = Query.query(Criteria.where("congressId").is(congressId));
    ofCongress.fields().include("entryId", "name");
    mongo.find(ofCongress, Document.class, collection).forEach(d -> names.put(d.getString("entryId"), d.getString("name")));
    return names;
  }

  @Override
  public RegisterExtract extract(String congressId, Collection<String> deputyIds, Collection<String> unitIds) {
    Map<String, RegisteredDeputy> deputies = new LinkedHashMap<>();
    for (Document d : entries(DEPUTIES, congressId, deputyIds)) {
      deputies.put(d.getString("entryId"), new RegisteredDeputy(d.getString("entryId"), congressId,
          d.getString("name"), Boolean.TRUE.equals(d.getBoolean("active")), d.getString("delegation"),
          Boolean.TRUE.equals(d.getBoolean("delegationHead")), seat(d.getString("standingCommitteeRole"))));
    }
    Map<String, RegisteredUnit> units = new LinkedHashMap<>();
    for (Document u : entries(UNITS, congressId, unitIds)) {
      units.put(u.getString("entryId"), new RegisteredUnit(u.getString("entryId"), congressId, u.getString("name"),
          Boolean.TRUE.equals(u.getBoolean("active")), u.getString("superiorUnitId")));
    }
    return new RegisterExtract(congressId, deputies, units);
  }

  private static StandingCommitteeRole seat(String role) {
    return role == null ? null : StandingCommitteeRole.valueOf(role);
  }

  private List<Document> entries(String collection, String congressId, Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<String> keys = ids.stream().distinct().map(id -> congressId + "/" + id).toList();
    return mongo.find(Query.query(Criteria.where("_id").in(keys)), Document.class, collection);
  }
}
