package io.lianxin.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityPropertiesTest {

  static IdentityProperties with(boolean demoUsers, boolean devTokenEndpoint, String bundle) {
    return new IdentityProperties(List.of(), demoUsers, "lianxin-demo", devTokenEndpoint, Duration.ofHours(12),
        Duration.ofMinutes(30), null, List.of(), new IdentityProperties.SigningKey(bundle, "k"));
  }

  @Test
  void givenADeploymentsOwnSigningKeyWhenTheDevelopmentSwitchesAreOnThenItDoesNotStart() {
    assertThatThrownBy(() -> with(false, true, "signing")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dev-token-endpoint");
    assertThatThrownBy(() -> with(true, false, "signing")).isInstanceOf(IllegalStateException.class);
    assertThatCode(() -> with(true, true, null)).as("the devstack: a generated key").doesNotThrowAnyException();
    assertThatCode(() -> with(false, false, "signing")).as("a deployment").doesNotThrowAnyException();
  }
}
