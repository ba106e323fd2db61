package io.lianxin.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.portal.gateway.BatchAssignment;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchFormTest {

  @Test
  void everySelectedItemIsOneLineToTheSameLeadAndCoUnitsAndTheLeadIsNotItsOwnCoUnit() {
    // given
    BatchForm form = new BatchForm(List.of("S-1", "S-2"), "U-edu",
        List.of("U-fin", "U-edu", "U-tra"), true, "key-1");
    // when
    BatchAssignment.Request request = form.toRequest();
    // expect
    assertThat(request.items()).containsExactly(
        new BatchAssignment.Line("S-1", "U-edu", List.of("U-fin", "U-tra"), true),
        new BatchAssignment.Line("S-2", "U-edu", List.of("U-fin", "U-tra"), true));
    assertThat(form.missing()).isEmpty();
  }

  @Test
  void aBatchWithoutItemsOrWithoutALeadUnitNamesWhatIsMissing() {
    // given
    BatchForm nothing = new BatchForm(List.of(), "", List.of("U-fin"), false, "key-2");
    BatchForm noLead = new BatchForm(List.of("S-1"), "", List.of(), false, "key-3");
    // when
    List<String> missingAll = nothing.missing();
    List<String> missingLead = noLead.missing();
    // expect
    assertThat(missingAll).containsExactly("suggestionIds", "leadUnitId");
    assertThat(missingLead).containsExactly("leadUnitId");
  }

  @Test
  void aFormShownAgainAfterARefusalKeepsItsChoicesUnderANewKey() {
    // given
    BatchForm refused = new BatchForm(List.of("S-1"), "U-edu", List.of("U-fin"), false, "key-4");
    // when
    BatchForm again = refused.withFreshKey();
    // expect
    assertThat(again.requestKey()).isNotEqualTo("key-4").isNotBlank();
    assertThat(again.toRequest()).isEqualTo(refused.toRequest());
  }
}
