package io.lianxin.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTextTest {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  static final MessageText ZH = MessageText.in("zh-CN", BEIJING);
  static final MessageText EN = MessageText.in("en", BEIJING);

  @Test
  void anInstantIsWrittenAsDateAndTimeInTheReadersLanguageAndTheCongresssZone() {
    // given
    Map<String, Object> data = Map.of("collectingUntil", "2026-12-31T08:19:41.368230316Z");
    // when
    String zh = ZH.fill("截止 {collectingUntil}。", data);
    String en = EN.fill("until {collectingUntil}.", data);
    // expect
    assertThat(zh).isEqualTo("截止 2026年12月31日 16:19。");
    assertThat(en).isEqualTo("until 31 Dec 2026, 16:19.");
  }

  @Test
  void theZoneIsTheCongresssNotUtc() {
    // given
    Map<String, Object> data = Map.of("at", "2026-12-31T20:30:00Z");
    // when
    String beijing = ZH.fill("{at}", data);
    String london = MessageText.in("zh-CN", ZoneId.of("Europe/London")).fill("{at}", data);
    // expect
    assertThat(beijing).as("past midnight in Beijing").isEqualTo("2027年1月1日 04:30");
    assertThat(london).isEqualTo("2026年12月31日 20:30");
  }

  @Test
  void aDateIsWrittenAsADateOnly() {
    // given
    Map<String, Object> data = Map.of("replyDueDate", "2026-06-05");
    // when
    String zh = ZH.fill("答复期限 {replyDueDate}", data);
    String en = EN.fill("reply due {replyDueDate}", data);
    // expect
    assertThat(zh).isEqualTo("答复期限 2026年6月5日");
    assertThat(en).isEqualTo("reply due 5 Jun 2026");
  }

  @Test
  void typedTimesAreWrittenAlikeAndTextThatOnlyLooksLikeADateStaysAsItIs() {
    // given
    Map<String, Object> data = Map.of("when", Instant.parse("2026-03-05T01:30:00Z"), "day", LocalDate.of(2026, 3, 5),
        "title", "2026-02-30", "number", "2026 建议 第0042号");
    // when
    String en = EN.fill("{when} / {day} / {title} / {number}", data);
    // expect
    assertThat(en).isEqualTo("5 Mar 2026, 09:30 / 5 Mar 2026 / 2026-02-30 / 2026 建议 第0042号");
  }

  @Test
  void anOptionalPartIsWrittenOnlyWhenItsValuesArePresent() {
    // given
    String template = "《{title}》[（{number}）]已立案。";
    Map<String, Object> withNumber = Map.of("title", "充电桩", "number", "第0042号");
    Map<String, Object> withoutNumber = new HashMap<>(Map.of("title", "充电桩"));
    withoutNumber.put("number", null);
    // when
    String numbered = ZH.fill(template, withNumber);
    String unnumbered = ZH.fill(template, withoutNumber);
    String blank = ZH.fill(template, Map.of("title", "充电桩", "number", " "));
    // expect
    assertThat(numbered).isEqualTo("《充电桩》（第0042号）已立案。");
    assertThat(unnumbered).isEqualTo("《充电桩》已立案。");
    assertThat(blank).isEqualTo("《充电桩》已立案。");
  }

  @Test
  void aMissingValueOfAnOptionalPartWithAnAlternativeGivesTheAlternativeSentence() {
    // given
    String template = "[Passed: {passed}.|Nothing passed.] Digest {boxDigest}.";
    // when
    String some = EN.fill(template, Map.of("passed", List.of("任命甲", "任命乙"), "boxDigest", "ab12"));
    String none = EN.fill(template, Map.of("passed", List.of(), "boxDigest", "ab12"));
    // expect
    assertThat(some).isEqualTo("Passed: 任命甲, 任命乙. Digest ab12.");
    assertThat(none).isEqualTo("Nothing passed. Digest ab12.");
  }

  @Test
  void listsAreJoinedAsEachLanguageJoinsThem() {
    // given
    Map<String, Object> data = Map.of("passed", List.of("任命甲", "任命乙"));
    // when
    String zh = ZH.fill("通过：{passed}", data);
    String en = EN.fill("Passed: {passed}", data);
    // expect
    assertThat(zh).isEqualTo("通过：任命甲、任命乙");
    assertThat(en).isEqualTo("Passed: 任命甲, 任命乙");
  }

  @Test
  void codedValuesAreWrittenByTheirLabelAndUnknownCodesAsTheyAre() {
    // given
    ValueLabels labels = new ValueLabels(Map.of("rating", Map.of("SATISFIED", Map.of("zh-CN", "满意", "en", "satisfied"))));
    // when
    String zh = ZH.labelled(labels).fill("评价：{rating}", Map.of("rating", "SATISFIED"));
    String en = EN.labelled(labels).fill("rated: {rating}", Map.of("rating", "SATISFIED"));
    String unknown = EN.labelled(labels).fill("rated: {rating}", Map.of("rating", "DELIGHTED"));
    String otherField = EN.labelled(labels).fill("{state}", Map.of("state", "SATISFIED"));
    // expect
    assertThat(zh).isEqualTo("评价：满意");
    assertThat(en).isEqualTo("rated: satisfied");
    assertThat(unknown).isEqualTo("rated: DELIGHTED");
    assertThat(otherField).as("labels belong to their field").isEqualTo("SATISFIED");
  }

  @Test
  void wholeNumbersAreGrouped() {
    // given
    Map<String, Object> data = Map.of("totalBudgetYuan", 12_500_000L, "round", 2);
    // when
    String zh = ZH.fill("约 {totalBudgetYuan} 元，第 {round} 轮", data);
    // expect
    assertThat(zh).isEqualTo("约 12,500,000 元，第 2 轮");
  }

  @Test
  void datesOfADigestAreWrittenInTheReadersLanguage() {
    // given
    LocalDate march5 = LocalDate.of(2026, 3, 5);
    // when / expect
    assertThat(ZH.date(march5)).isEqualTo("2026年3月5日");
    assertThat(EN.date(march5)).isEqualTo("5 Mar 2026");
    assertThat(MessageText.in("fr", BEIJING).date(march5)).as("zh-CN unless en").isEqualTo("2026年3月5日");
  }

  @Test
  void theRequiredPlaceholdersAreThoseOutsideOptionalPartsAndABrokenPartIsRefused() {
    // given
    String template = "[{leadUnitId}|主办单位] 已开始办理《{title}》[，期限 {replyDueDate}]，承办人 {handlerName}。";
    // when / expect
    assertThat(MessageText.requiredPlaceholders(template)).containsExactly("title", "handlerName");
    assertThatThrownBy(() -> MessageText.requiredPlaceholders("《{title}》[（{number}）已立案"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MessageText.requiredPlaceholders("a | b")).isInstanceOf(IllegalArgumentException.class);
  }
}
