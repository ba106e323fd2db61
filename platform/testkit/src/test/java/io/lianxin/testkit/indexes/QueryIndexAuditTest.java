package io.lianxin.testkit.indexes;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ConnectionDescription;
import com.mongodb.connection.ServerId;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.ServerAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryIndexAuditTest {

  private final AtomicReference<Optional<String>> origin = new AtomicReference<>(Optional.of("MongoItemStore.list"));
  private final QueryIndexAudit audit = new QueryIndexAudit(origin::get);

  @Test
  void aFilterWithoutIdOrTheFirstKeyOfADeclaredIndexIsUnserved() {
    send("{createIndexes: 'items', indexes: [{key: {congressId: 1, state: 1}, name: 'a'}, {key: {unitId: 1}, name: 'b'}]}");
    int mark = audit.mark();

    send("{find: 'items', filter: {congressId: 'c', state: 'SUBMITTED'}}");
    send("{find: 'items', filter: {state: 'SUBMITTED'}}");
    send("{update: 'items', updates: [{q: {_id: 'x'}, u: {$set: {a: 1}}}]}");
    send("{aggregate: 'items', pipeline: [{$match: {$and: [{unitId: 'u'}, {year: 2026}]}}, {$count: 'n'}]}");
    send("{find: 'items', filter: {$or: [{congressId: 'c'}, {title: 't'}]}}");
    send("{find: 'items', filter: {$or: [{congressId: 'c', state: 'A'}, {unitId: 'u'}]}}");
    send("{find: 'items', filter: {}}");
    send("{delete: 'other', deletes: [{q: {congressId: 'c'}, limit: 0}]}");

    assertThat(audit.unservedSince(mark)).extracting(QueryIndexAudit.Query::signature).containsExactly(
        "items find [state] from MongoItemStore.list",
        "items find [] $or [[congressId], [title]] from MongoItemStore.list",
        "other delete [congressId] from MongoItemStore.list");
  }

  @Test
  void theIndexNamedIsTheOneWithTheLongestPrefixInTheFilter() {
    send("{createIndexes: 'days', indexes: [{key: {congressId: 1, deputyIds: 1}, name: 'a'},"
        + " {key: {congressId: 1, year: 1, quarter: 1}, name: 'b'}]}");
    QueryIndexAudit.Query query = new QueryIndexAudit.Query("MongoDayStore.find", "find", "days",
        Set.of("congressId", "year", "quarter"), List.of());

    assertThat(audit.servingIndex(query)).contains("congressId, year, quarter");
  }

  @Test
  void queriesOfTestCodeAreNotTheServicesAndAreLeftOut() {
    origin.set(Optional.empty());
    send("{find: 'items', filter: {title: 't'}}");

    assertThat(audit.mark()).isZero();
  }

  @Test
  void theListingNamesEachQueryWithItsIndex(@TempDir Path dir) throws Exception {
    send("{createIndexes: 'items', indexes: [{key: {congressId: 1}, name: 'a'}]}");
    send("{count: 'items', query: {congressId: 'c'}}");
    send("{find: 'items', filter: {title: 't'}}");

    Path listing = dir.resolve("query-indexes.md");
    audit.writeListing(listing);

    assertThat(Files.readString(listing))
        .contains("| items | count | congressId | MongoItemStore.list | congressId |")
        .contains("| items | find | title | MongoItemStore.list | **none** |");
  }

  private void send(String command) {
    BsonDocument document = BsonDocument.parse(command);
    String name = document.getFirstKey();
    ConnectionDescription connection = new ConnectionDescription(new ServerId(new ClusterId(), new ServerAddress()));
    audit.commandStarted(new CommandStartedEvent(null, 1, 1, connection, "db", name, document));
  }
}
