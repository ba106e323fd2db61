package io.lianxin.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.portal.gateway.ApiProblem;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemMessagesTest {

  @Test
  void theFieldsTheServiceNamedAreUnderTheFormsNamesWithTheTitleInTheReadersLanguage() {
    // given
    ApiProblem problem = new ApiProblem(422, "不符合业务规则 / Breaks a rule", "co-signers unknown",
        List.of(new ApiProblem.FieldError("coSignerDeputyIds", "unknown deputy D-9"),
            new ApiProblem.FieldError("title", "must not be blank"),
            new ApiProblem.FieldError("title", "size must be between 1 and 200")));
    // when
    ProblemMessages shown = ProblemMessages.of(problem, Locale.ENGLISH, Map.of("coSignerDeputyIds", "coSigners"));
    // expect
    assertThat(shown.title()).isEqualTo("Breaks a rule");
    assertThat(shown.fields()).containsEntry("coSigners", "unknown deputy D-9")
        .containsEntry("title", "must not be blank; size must be between 1 and 200");
    assertThat(shown.concerns("coSigners")).isTrue();
    assertThat(shown.concerns("body")).isFalse();
    assertThat(shown.sentence()).isEqualTo("problem.422");
  }

  @Test
  void aStatusWithoutASentenceOfItsOwnGetsTheGeneralOne() {
    // given
    ApiProblem teapot = new ApiProblem(418, null, null, null);
    ApiProblem failure = new ApiProblem(502, null, null, null);
    // when
    String clientSide = ProblemMessages.of(teapot, Locale.SIMPLIFIED_CHINESE, Map.of()).sentence();
    // expect
    assertThat(clientSide).isEqualTo("problem.other");
    assertThat(ProblemMessages.of(failure, Locale.SIMPLIFIED_CHINESE, Map.of()).sentence()).isEqualTo("problem.5xx");
  }
}
