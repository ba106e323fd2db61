package io.lianxin.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.supervision.application.DeadlineEngine;
import io.lianxin.testkit.ApiClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Deadlines of the two lists with the development clock moved on (ADR 0018): each reminder once,
 * even with two engines (as two replicas) running at the same moment.
 */
@TestPropertySource(properties = "lianxin.development.clock-control=true")
class DeadlineEngineIT extends RunningServiceIT {

  @Autowired
  DeadlineEngine deadlines;

  @Test
  void twoEnginesAtOnceSendEachReminderOnceOnItsDay() throws Exception {
    String staff = token("staff@qingshan");
    String admin = token("admin@qingshan");
    ApiClient.Response issued = api.post("/api/v1/opinions", staff, Map.of("title", "关于期限的审议意见", "text", "内容",
        "bodyUnitId", "U-qingshan-housing", "problems", List.of("问题")));
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    String id = issued.json().get("opinionId").asString();

    runTwoEnginesAtOnce();
    assertThat(api.post("/api/v1/development/clock", admin, Map.of("advanceBy", "P13D")).status()).isEqualTo(200);
    runTwoEnginesAtOnce(); // 2 days before the list is due: due soon
    runTwoEnginesAtOnce();
    assertThat(api.post("/api/v1/development/clock", admin, Map.of("advanceBy", "P3D")).status()).isEqualTo(200);
    runTwoEnginesAtOnce(); // the day after: overdue
    runTwoEnginesAtOnce();

    await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(id).size() >= 3);
    assertThat(eventsOf(id)).extracting(RunningServiceIT::typeOf).containsExactly(
        "lianxin.supervision.opinion-issued.v1", "lianxin.supervision.rectification-list-due-soon.v1",
        "lianxin.supervision.rectification-overdue.v1");
  }

  void runTwoEnginesAtOnce() throws Exception {
    CompletableFuture<Integer> one = CompletableFuture.supplyAsync(deadlines::runOnce);
    CompletableFuture<Integer> two = CompletableFuture.supplyAsync(deadlines::runOnce);
    one.get();
    two.get();
  }
}
