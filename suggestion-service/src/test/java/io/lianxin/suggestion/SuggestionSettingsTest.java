package io.lianxin.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.suggestion.domain.CongressLevel;
import io.lianxin.suggestion.domain.SuggestionPolicy;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code lianxin.suggestion.*} as bound: DOMAIN.md's defaults when nothing is set, the given values otherwise. */
class SuggestionSettingsTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  static SuggestionSettings bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("lianxin.suggestion", SuggestionSettings.class);
  }

  @Test
  void withNothingSetThePolicyIsTheDomainsDefaults() {
    // when
    SuggestionSettings settings = bind(Map.of());
    // expect
    assertThat(settings.policy(ZONE)).isEqualTo(SuggestionPolicy.defaults(ZONE));
    assertThat(settings.deadlineInterval()).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.levels().levelOf("any")).isEqualTo(CongressLevel.COUNTY);
    assertThat(settings.metersInterval()).isEqualTo(Duration.ofMinutes(1));
    assertThat(settings.reportNames().unit("U-qingshan-housing")).as("no names: the id").isEqualTo("U-qingshan-housing");
  }

  @Test
  void theNamesTableGivesReportsTheirUnitAndDeputyNames() {
    // when
    SuggestionSettings settings = bind(Map.of(
        "lianxin.suggestion.names.units[U-qingshan-housing]", "青山县住房和城乡建设局",
        "lianxin.suggestion.names.deputies.D-qingshan-001", "代表 甲",
        "lianxin.suggestion.meters-interval", "15s"));
    // expect
    assertThat(settings.reportNames().unit("U-qingshan-housing")).isEqualTo("青山县住房和城乡建设局");
    assertThat(settings.reportNames().deputy("D-qingshan-001")).isEqualTo("代表 甲");
    assertThat(settings.reportNames().deputy("D-qingshan-002")).isEqualTo("D-qingshan-002");
    assertThat(settings.metersInterval()).isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void theExistingPropertyNamesStillApply() {
    // when
    SuggestionSettings settings = bind(Map.of(
        "lianxin.suggestion.motion-co-signers", "8",
        "lianxin.suggestion.reply-due-soon-days", "10,2",
        "lianxin.suggestion.congress-levels.C-city", "CITY",
        "lianxin.suggestion.holidays", "2026-10-01"));
    // expect
    SuggestionPolicy policy = settings.policy(ZONE);
    assertThat(policy.motionCoSignersFor(CongressLevel.COUNTY)).isEqualTo(8);
    assertThat(policy.motionCoSignersFor(CongressLevel.NATIONAL)).isEqualTo(30);
    assertThat(policy.replyDueSoonDays()).containsExactly(10, 2);
    assertThat(settings.levels().levelOf("C-city")).isEqualTo(CongressLevel.CITY);
    assertThat(settings.calendar().isWorkingDay(java.time.LocalDate.of(2026, 10, 1))).isFalse();
  }
}
