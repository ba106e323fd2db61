package io.lianxin.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegisterNamesTest {

  static final RegisterNames.Lookup COPY = (kind, id) -> switch (kind) {
    case UNIT -> id.equals("U-transport") ? Optional.of("县交通运输局") : Optional.empty();
    case DEPUTY -> id.equals("D-1") ? Optional.of("王代表") : Optional.empty();
  };

  @Test
  void unitAndDeputyIdsAreWrittenByTheNameTheCopyKnows() {
    // given
    Map<String, Object> data = Map.of("leadUnitId", "U-transport", "deputyId", "D-1", "coUnitIds",
        List.of("U-transport", "U-power"), "title", "U-transport");
    // when
    Map<String, Object> named = RegisterNames.named(data, COPY);
    // expect
    assertThat(named).containsEntry("leadUnitId", "县交通运输局").containsEntry("deputyId", "王代表")
        .containsEntry("coUnitIds", List.of("县交通运输局", "U-power"))
        .as("a field that holds no register id is left as it is").containsEntry("title", "U-transport");
  }

  @Test
  void anIdTheCopyDoesNotKnowIsWrittenAsItIs() {
    // given
    Map<String, Object> data = Map.of("coUnitId", "U-unknown", "proposerDeputyId", "D-9");
    // when
    Map<String, Object> named = RegisterNames.named(data, COPY);
    // expect
    assertThat(named).containsEntry("coUnitId", "U-unknown").containsEntry("proposerDeputyId", "D-9");
  }

  @Test
  void theKindOfAnIdFollowsTheFieldName() {
    // given / when / expect
    assertThat(RegisterNames.kindOf("leadUnitId")).contains(RegisterName.Kind.UNIT);
    assertThat(RegisterNames.kindOf("unitId")).contains(RegisterName.Kind.UNIT);
    assertThat(RegisterNames.kindOf("coSignerDeputyIds")).contains(RegisterName.Kind.DEPUTY);
    assertThat(RegisterNames.kindOf("suggestionId")).isEmpty();
  }
}
