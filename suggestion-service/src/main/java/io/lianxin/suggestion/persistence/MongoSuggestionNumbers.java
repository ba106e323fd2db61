package io.lianxin.suggestion.persistence;

import io.lianxin.suggestion.application.port.SuggestionNumbers;
import io.lianxin.suggestion.domain.SuggestionKind;
import io.lianxin.suggestion.domain.SuggestionNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Gap-free numbers per congress, kind and year (编号), one small document per series
 * ({@link NumberSeries}): {@code next} and the {@code pending} numbers of items not yet saved with
 * them. Taking a number is one update guarded by the {@code next} read, so two submits never get the
 * same number and a concurrent change makes the loser read again. Before taking, the item is looked
 * for twice — pending here, then stored with a number — so a retry gets its number again: an entry
 * leaves {@code pending} only after its item was saved with it, and any take of the same item after
 * the read changes {@code next}. Series in the old form (all ids listed) are compacted on first use.
 */
@Repository
public class MongoSuggestionNumbers implements SuggestionNumbers {

  static final String COLLECTION = "suggestion_numbers";
  private static final Logger log = LoggerFactory.getLogger(MongoSuggestionNumbers.class);

  private final MongoTemplate mongo;

  private static final String PENDING_IDS = "pending.itemId";

  public MongoSuggestionNumbers(MongoTemplate mongo) {
    this.mongo = mongo;
    // the prune reads only the series with numbers still pending (a series whose list is empty is not in the index)
    mongo.indexOps(COLLECTION).createIndex(new Index().on(PENDING_IDS, Sort.Direction.ASC).sparse());
  }

  @Override
  public SuggestionNumber reserve(String congressId, SuggestionKind kind, int year, String suggestionId) {
    String series = seriesId(congressId, kind, year);
    for (int attempt = 1; ; attempt++) {
      Document stored = mongo.findById(series, Document.class, COLLECTION);
      if (stored != null && stored.containsKey("items")) {
        compact(stored, kind, year);
        continue;
      }
      NumberSeries current = stored == null ? NumberSeries.empty() : read(stored);
      Optional<Integer> pending = current.pendingNumberOf(suggestionId);
      if (pending.isPresent()) {
        return new SuggestionNumber(year, kind, pending.get());
      }
      Optional<SuggestionNumber> saved = storedNumber(suggestionId);
      if (saved.isPresent()) {
        return saved.get(); // a retry racing an attempt that saved the item and confirmed its number
      }
      NumberSeries taken = current.take(suggestionId);
      if (stored == null ? insertFirst(series, taken) : takeIfUnchanged(series, current, suggestionId)) {
        return new SuggestionNumber(year, kind, current.next());
      }
      if (attempt % 100 == 0) {
        log.warn("taking a number in series {} for {}: {} attempts lost to concurrent submits", series, suggestionId, attempt);
      }
    }
  }

  @Override
  public void confirm(String congressId, SuggestionNumber number, String suggestionId) {
    mongo.updateFirst(Query.query(Criteria.where("_id").is(seriesId(congressId, number.kind(), number.year()))),
        new Update().pull("pending", new Document("itemId", suggestionId).append("number", number.sequence())),
        COLLECTION);
  }

  /**
   * Removes the pending entries whose items are stored with their number — what a lost confirmation
   * (a crash right after the save) leaves behind. An entry whose item is not stored with it stays: it
   * is in flight, or its save failed and the item may still be retried (or was withdrawn: the hole
   * ADR 0007 names).
   */
  @Scheduled(fixedDelayString = "${lianxin.suggestion.number-prune-interval:10m}",
      initialDelayString = "${lianxin.suggestion.number-prune-interval:10m}")
  public void pruneConfirmed() {
    for (Document stored : mongo.find(Query.query(Criteria.where(PENDING_IDS).exists(true)), Document.class, COLLECTION)) {
      String[] key = stored.getString("_id").split("\\|");
      SuggestionKind kind = SuggestionKind.valueOf(key[1]);
      int year = Integer.parseInt(key[2]);
      NumberSeries series = read(stored);
      Map<String, SuggestionNumber> numbers = storedNumbers(series.pending().stream().map(NumberSeries.Entry::itemId).toList());
      for (NumberSeries.Entry done : series.confirmed((id, n) -> new SuggestionNumber(year, kind, n).equals(numbers.get(id)))) {
        confirm(key[0], new SuggestionNumber(year, kind, done.number()), done.itemId());
      }
    }
  }

  static String seriesId(String congressId, SuggestionKind kind, int year) {
    return congressId + "|" + kind + "|" + year;
  }

  private boolean insertFirst(String series, NumberSeries taken) {
    try {
      mongo.insert(write(taken).append("_id", series), COLLECTION);
      return true;
    } catch (DuplicateKeyException concurrentFirst) {
      return false;
    }
  }

  /** {@code $set next+1, $push} the entry, only if no number was taken since {@code current} was read. */
  private boolean takeIfUnchanged(String series, NumberSeries current, String suggestionId) {
    Update take = new Update().set("next", current.next() + 1)
        .push("pending", new Document("itemId", suggestionId).append("number", current.next()));
    return mongo.updateFirst(Query.query(Criteria.where("_id").is(series).and("next").is(current.next())), take,
        COLLECTION).getModifiedCount() == 1;
  }

  /** The old form {@code items: [ids in number order]} → the compacted one, guarded by the list's length. */
  private void compact(Document stored, SuggestionKind kind, int year) {
    List<String> items = stored.getList("items", String.class);
    Map<String, SuggestionNumber> numbers = storedNumbers(items);
    NumberSeries compacted = NumberSeries.fromListed(items,
        (id, n) -> new SuggestionNumber(year, kind, n).equals(numbers.get(id)));
    Document fields = write(compacted);
    Update update = new Update().unset("items");
    fields.forEach(update::set);
    mongo.updateFirst(Query.query(Criteria.where("_id").is(stored.get("_id")).and("items").size(items.size())),
        update, COLLECTION);
    log.info("number series {} compacted: {} items, {} pending", stored.get("_id"), items.size(),
        compacted.pending().size());
  }

  private Optional<SuggestionNumber> storedNumber(String suggestionId) {
    return Optional.ofNullable(storedNumbers(List.of(suggestionId)).get(suggestionId));
  }

  /** The numbers the items are stored with (items without one are left out). */
  private Map<String, SuggestionNumber> storedNumbers(List<String> suggestionIds) {
    Query query = Query.query(Criteria.where("_id").in(suggestionIds));
    query.fields().include("item.number");
    Map<String, SuggestionNumber> numbers = new HashMap<>();
    for (Document d : mongo.find(query, Document.class, SuggestionDocument.COLLECTION)) {
      Document item = d.get("item", Document.class);
      Document number = item == null ? null : item.get("number", Document.class);
      if (number != null) {
        numbers.put(d.getString("_id"), new SuggestionNumber(number.getInteger("year"),
            SuggestionKind.valueOf(number.getString("kind")), number.getInteger("sequence")));
      }
    }
    return numbers;
  }

  private static NumberSeries read(Document stored) {
    List<NumberSeries.Entry> pending = new ArrayList<>();
    for (Document e : stored.getList("pending", Document.class, List.of())) {
      pending.add(new NumberSeries.Entry(e.getString("itemId"), e.getInteger("number")));
    }
    return new NumberSeries(stored.getInteger("next"), pending);
  }

  private static Document write(NumberSeries series) {
    List<Document> pending = series.pending().stream()
        .map(e -> new Document("itemId", e.itemId()).append("number", e.number())).toList();
    return new Document("next", series.next()).append("pending", pending);
  }
}
