package io.lianxin.supervision;

import io.lianxin.events.EventCatalog;
import io.lianxin.events.EventCodec;
import io.lianxin.events.EventEnvelope;
import io.lianxin.events.EventSchemaValidator;
import io.lianxin.events.Topics;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.TopicWriter;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** voting-service's livelihood-projects-selected as voting sends it (its contract, schema-checked), for the tests. */
final class LivelihoodProjects {

  private static final EventCodec CODEC = new EventCodec();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private LivelihoodProjects() {}

  /** The selection of a programme with these projects (proposal id = title here), as one event. */
  static String selected(String programmeId, int year, List<String> proposalIds) {
    ObjectNode data = JSON.createObjectNode().put("programmeId", programmeId).put("congressId", DemoUsers.COUNTY)
        .put("title", "青山县" + year + "年民生实事项目").put("phase", "DECIDED").put("year", year)
        .put("seats", proposalIds.size()).put("publicFeed", "feed").put("pollId", programmeId + "-poll");
    ArrayNode projects = data.putArray("projects");
    for (String id : proposalIds) {
      projects.addObject().put("proposalId", id).put("title", "项目 " + id).put("feasibility", "已论证")
          .put("budgetYuan", 1_000_000).put("department", "县住建局");
    }
    data.put("selectedCount", proposalIds.size()).putArray("tiedAtCutoff");
    data.put("totalBudgetYuan", 1_000_000L * proposalIds.size());
    String encoded = CODEC.encode(EventEnvelope.create(
        EventCatalog.find("lianxin.voting.livelihood-projects-selected.v1").orElseThrow(), "/voting-service",
        programmeId, DemoUsers.COUNTY, 3, Instant.now(), null, data));
    new EventSchemaValidator().assertValid(encoded);
    return encoded;
  }

  static void send(String programmeId, String event, int times) {
    try (TopicWriter writer = new TopicWriter(EmbeddedInfra.shared().kafkaBootstrapServers())) {
      for (int i = 0; i < times; i++) {
        writer.send(Topics.VOTING, programmeId, event);
      }
    }
  }
}
