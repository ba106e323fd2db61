package io.lianxin.deputy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.events.Topics;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.TopicWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Votes attended (出席表决) from voting-service's {@code poll-closed} events, sent through the embedded Kafka as
 * that service's contract has them (schema-validated): the voters signed in at an in-person poll count once per
 * poll however often the event arrives; a poll voted online names nobody and counts for nobody.
 */
class VotesAttendedIT extends RunningServiceIT {

  static String closed(String pollId, int year, List<String> attendees) {
    return SupervisionRecordsIT.event("lianxin.voting.poll-closed.v1", Map.of("pollId", pollId,
        "closedAt", year + "-06-01T02:00:00Z", "attendees", attendees, "present", attendees.size(),
        "ballotsCast", attendees.size()));
  }

  @Test
  void eachDeputySignedInAtAPollHasItOnceAndAnOnlinePollCountsForNobody() {
    String staff = token("staff@qingshan");
    int year = ThreadLocalRandom.current().nextInt(2030, 2099);
    String a = fresh("D");
    String b = fresh("D");
    for (String d : List.of(a, b)) {
      ApiClient.Response put = api.put("/api/v1/deputies/" + d, staff, Map.of("name", "代表 " + d, "termStart", "2026-01-10"));
      assertThat(put.status()).as(put.body()).isEqualTo(200);
    }
    String plenary = closed(UUID.randomUUID().toString(), year, List.of(a, b));
    String key = "votes-attended-" + year;
    try (TopicWriter writer = new TopicWriter(EmbeddedInfra.shared().kafkaBootstrapServers())) {
      writer.send(Topics.VOTING, key, plenary);
      writer.send(Topics.VOTING, key, plenary); // redelivered
      writer.send(Topics.VOTING, key, closed(UUID.randomUUID().toString(), year, List.of())); // voted online
      writer.send(Topics.VOTING, key, closed(UUID.randomUUID().toString(), year, List.of(a)));
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> SupervisionRecordsIT.work(record(a, year, staff))
        .equals(Map.of("VOTE_ATTENDED", 2L)));
    assertThat(SupervisionRecordsIT.work(record(b, year, staff))).isEqualTo(Map.of("VOTE_ATTENDED", 1L));
    assertThat(record(a, year, staff).get("points").asLong()).as("1 point each").isEqualTo(2);
  }
}
