package io.lianxin.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.suggestion.application.port.RegisterCopyStore;
import io.lianxin.suggestion.domain.SuggestionKind;
import io.lianxin.suggestion.domain.SuggestionNumber;
import io.lianxin.suggestion.persistence.MongoSuggestionNumbers;
import io.lianxin.suggestion.persistence.SuggestionDocument;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Gap-free numbers on the Mongo-wire server (ADR 0007, amendment of issue 16): concurrent submits
 * and concurrent retries through HTTP get 1..N with no gap and no duplicate, a retry keeps its
 * number, and the series document does not grow with N. Each test works in its own congress's
 * series, except the HTTP ones, which start from wherever the deputy's series stands.
 */
@SpringBootTest(classes = SuggestionServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.config.name=suggestion-service")
@DirtiesContext
class NumberingIT {

  private static final Pattern SEQUENCE = Pattern.compile("第(\\d+)号");

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties("suggestion-numbering-it").forEach((k, v) -> registry.add(k, () -> v));
  }

  @LocalServerPort int port;
  @Autowired ZoneId zone;
  @Autowired MongoTemplate mongo;
  @Autowired MongoSuggestionNumbers numbers;
  @Autowired RegisterCopyStore register;

  ApiClient api;
  int year;

  @BeforeEach
  void client() {
    api = new ApiClient("http://127.0.0.1:" + port);
    RegisterTestData.enterDemoUsers(register);
    year = LocalDate.now(zone).getYear();
  }

  @Test
  void concurrentSubmitsAndRetriesGetConsecutiveNumbersAndTheSeriesStaysSmall() throws Exception {
    String series = DemoUsers.COUNTY + "|SUGGESTION|" + year;
    submitConcurrently(10, 0); // the series exists and has settled
    int first = next(series);
    long smallSize = size(series);

    int items = 120;
    List<Submitted> submitted = submitConcurrently(items, 3); // each item's POST sent 3 times at once, one key
    Map<String, Integer> byItem = new HashMap<>();
    for (Submitted s : submitted) {
      Integer earlier = byItem.putIfAbsent(s.id(), s.sequence());
      assertThat(earlier == null || earlier == s.sequence()).as("a retry keeps its number: %s", s).isTrue();
    }
    assertThat(byItem).hasSize(items);
    assertThat(byItem.values()).as("no gap, no duplicate").containsExactlyInAnyOrderElementsOf(
        java.util.stream.IntStream.range(first, first + items).boxed().toList());
    assertThat(next(series)).isEqualTo(first + items);
    assertThat(pending(series)).as("every number confirmed after its save").isEmpty();
    assertThat(size(series)).as("the series does not grow with the items").isEqualTo(smallSize);
  }

  @Test
  void aRetryKeepsItsNumberAlsoAfterACrashBetweenTakingAndSaving() {
    String congress = "numbering-crash-" + UUID.randomUUID();
    SuggestionNumber a = numbers.reserve(congress, SuggestionKind.SUGGESTION, year, "item-a");
    // item-a's save never happened (a crash): its number stays with it, the next item gets the next one
    SuggestionNumber b = numbers.reserve(congress, SuggestionKind.SUGGESTION, year, "item-b");
    assertThat(a.sequence()).isEqualTo(1);
    assertThat(b.sequence()).isEqualTo(2);
    assertThat(numbers.reserve(congress, SuggestionKind.SUGGESTION, year, "item-a")).isEqualTo(a);
    assertThat(numbers.reserve(congress, SuggestionKind.MOTION, year, "item-c").sequence()).as("its own series").isEqualTo(1);
    numbers.confirm(congress, b, "item-b");
    assertThat(pending(congress + "|SUGGESTION|" + year))
        .containsExactly(new Document("itemId", "item-a").append("number", 1));
    assertThat(numbers.reserve(congress, SuggestionKind.SUGGESTION, year, "item-d").sequence()).isEqualTo(3);
  }

  @Test
  void aRetryThatLoadedTheItemBeforeItsFirstAttemptSavedItGetsTheNumberItWasSavedWith() {
    Submitted saved = submit(UUID.randomUUID().toString());
    String series = DemoUsers.COUNTY + "|SUGGESTION|" + year;
    int next = next(series);
    // the first attempt saved and confirmed; a late concurrent attempt for the same item asks again
    assertThat(numbers.reserve(DemoUsers.COUNTY, SuggestionKind.SUGGESTION, year, saved.id()).sequence())
        .isEqualTo(saved.sequence());
    assertThat(next(series)).as("no number used up").isEqualTo(next);
  }

  @Test
  void aSeriesInTheOldFormIsCompactedOnFirstUseAndKeepsAnUnsavedItemsNumber() {
    String congress = "numbering-legacy-" + UUID.randomUUID();
    String series = congress + "|SUGGESTION|" + year;
    mongo.insert(new Document("_id", series).append("items", List.of("old-1", "old-2", "old-3")), "suggestion_numbers");
    // old-1 and old-3 were saved with their numbers, old-2's save failed
    storeNumbered("old-1", year, 1);
    storeNumbered("old-3", year, 3);

    assertThat(numbers.reserve(congress, SuggestionKind.SUGGESTION, year, "new-1").sequence()).isEqualTo(4);
    assertThat(numbers.reserve(congress, SuggestionKind.SUGGESTION, year, "old-2").sequence()).isEqualTo(2);
    Document stored = mongo.findById(series, Document.class, "suggestion_numbers");
    assertThat(stored).doesNotContainKey("items");
    assertThat(stored.getInteger("next")).isEqualTo(5);
    assertThat(pending(series)).containsExactly(new Document("itemId", "old-2").append("number", 2),
        new Document("itemId", "new-1").append("number", 4));
    mongo.remove(Query.query(Criteria.where("_id").in("old-1", "old-3")), SuggestionDocument.COLLECTION);
  }

  @Test
  void theScheduledCheckRemovesOnlyEntriesWhoseItemIsStoredWithThatNumber() {
    Submitted saved = submit(UUID.randomUUID().toString());
    String series = DemoUsers.COUNTY + "|SUGGESTION|" + year;
    // a lost confirmation (a crash right after the save) and an item whose save failed
    mongo.updateFirst(Query.query(Criteria.where("_id").is(series)), new Update().push("pending",
        new Document("itemId", saved.id()).append("number", saved.sequence())), "suggestion_numbers");
    SuggestionNumber unsaved = numbers.reserve(DemoUsers.COUNTY, SuggestionKind.SUGGESTION, year, "never-saved");

    numbers.pruneConfirmed();

    assertThat(pending(series)).containsExactly(new Document("itemId", "never-saved").append("number", unsaved.sequence()));
    assertThat(numbers.reserve(DemoUsers.COUNTY, SuggestionKind.SUGGESTION, year, saved.id()).sequence())
        .isEqualTo(saved.sequence());
    mongo.updateFirst(Query.query(Criteria.where("_id").is(series)), new Update().pull("pending",
        new Document("itemId", "never-saved")), "suggestion_numbers"); // not a hole for the other tests' ranges
  }

  record Submitted(String id, int sequence) {}

  private List<Submitted> submitConcurrently(int items, int retriesEach) throws Exception {
    List<Callable<Submitted>> calls = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      String key = UUID.randomUUID().toString();
      for (int r = 0; r <= retriesEach; r++) {
        calls.add(() -> submit(key));
      }
    }
    java.util.Collections.shuffle(calls);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Submitted> done = new ArrayList<>();
      for (Future<Submitted> f : pool.invokeAll(calls)) {
        if (f.get() != null) {
          done.add(f.get());
        }
      }
      return done;
    } finally {
      pool.shutdown();
    }
  }

  /** One POST with that key; null when it lost the race for the key (409, its twin answers). */
  private Submitted submit(String idempotencyKey) {
    ApiClient.Response r = api.post("/api/v1/suggestions", SuggestionCalls.token("deputy1@qingshan"),
        Map.of("title", "编号测试", "body", "并发提交的编号不重不漏。", "category", "OTHER"),
        Map.of("Idempotency-Key", idempotencyKey));
    if (r.status() == 409) {
      return null;
    }
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    Matcher m = SEQUENCE.matcher(r.json().get("number").asString());
    assertThat(m.find()).isTrue();
    return new Submitted(r.json().get("id").asString(), Integer.parseInt(m.group(1)));
  }

  /** The item's number where and as the store writes it (the rest of the item does not matter to the series). */
  private void storeNumbered(String id, int year, int sequence) {
    mongo.getCollection(SuggestionDocument.COLLECTION).insertOne(new Document("_id", id).append("item",
        new Document("id", id).append("number", new Document("year", year).append("kind", "SUGGESTION")
            .append("sequence", sequence))));
  }

  private int next(String series) {
    return mongo.findById(series, Document.class, "suggestion_numbers").getInteger("next");
  }

  private List<Document> pending(String series) {
    return mongo.findById(series, Document.class, "suggestion_numbers").getList("pending", Document.class);
  }

  private long size(String series) {
    Document stored = mongo.findById(series, Document.class, "suggestion_numbers");
    return new RawBsonDocument(stored, new DocumentCodec()).getByteBuffer().remaining();
  }
}
