package io.lianxin.supervision.persistence;

import com.mongodb.client.result.UpdateResult;
import io.lianxin.supervision.application.port.RegisterCopyStore;
import io.lianxin.supervision.domain.RegisteredDeputy;
import io.lianxin.supervision.domain.RegisteredUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * an event seen before, and nothing changes.
 */
@Repository
public class MongoRegisterCopyStore implements RegisterCopyStore {

  static final String DEPUTIES = "register_deputies";
  static final String UNITS = "register_units";

  private final MongoTemplate mongo;

  public MongoRegisterCopyStore(MongoTemplate mongo) {
    this.mongo = mongo;
    // a congress's deputies: the names, the active ones, the standing committee
    mongo.indexOps(DEPUTIES).createIndex(new Index().on("congressId", Sort.Direction.ASC)
        .on("active", Sort.Direction.ASC));
  }

  @Override
  public boolean put(RegisteredDeputy d, String sequence) {
    return put(DEPUTIES, d.congressId(), d.deputyId(), sequence, new Update()
        .set("congressId", d.congressId()).set("entryId", d.deputyId()).set("name", d.name())
        .set("active", d.active()).set("standingCommitteeRole", d.standingCommitteeRole()));
  }

  @Override
  public boolean put(RegisteredUnit u, String sequence) {
    return put(UNITS, u.congressId(), u.unitId(), sequence, new Update()
        .set("congressId", u.congressId()).set("entryId", u.unitId()).set("name", u.name()).set("active", u.active()));
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
  public Optional<RegisteredUnit> unit(String congressId, String unitId) {
    Document u = mongo.findById(congressId + "/" + unitId, Document.class, UNITS);
    return Optional.ofNullable(u).map(d -> new RegisteredUnit(d.getString("entryId"), congressId, d.getString("name"),
        Boolean.TRUE.equals(d.getBoolean("active"))));
  }

  @Override
  public List<String> activeDeputies(String congressId) {
    Query active = Query.query(Criteria.where("congressId").is(congressId).and("active").is(true)).with(Sort.by("entryId"));
    active.fields().include("entryId");
    return mongo.find(active, Document.class, DEPUTIES).stream().map(d -> d.getString("entryId")).toList();
  }

  @Override
  public Optional<RegisteredDeputy> deputy(String congressId, String deputyId) {
    Document d = mongo.findById(congressId + "/" + deputyId, Document.class, DEPUTIES);
    return Optional.ofNullable(d).map(e -> new RegisteredDeputy(e.getString("entryId"), e.getString("congressId"),
        e.getString("name"), Boolean.TRUE.equals(e.getBoolean("active")), e.getString("standingCommitteeRole")));
  }

  @Override
  public Map<String, String> deputyNames(String congressId) {
    Query all = Query.query(Criteria.where("congressId").is(congressId));
    all.fields().include("entryId").include("name");
    Map<String, String> names = new HashMap<>();
    mongo.find(all, Document.class, DEPUTIES).stream().filter(d -> d.getString("name") != null)
        .forEach(d -> names.put(d.getString("entryId"), d.getString("name")));
    return names;
  }

  @Override
  public List<String> standingCommittee(String congressId) {
    Query members = Query.query(Criteria.where("congressId").is(congressId).and("active").is(true)
        .and("standingCommitteeRole").ne(null)).with(Sort.by("entryId"));
    members.fields().include("entryId");
    return mongo.find(members, Document.class, DEPUTIES).stream().map(d -> d.getString("entryId")).toList();
  }
}
