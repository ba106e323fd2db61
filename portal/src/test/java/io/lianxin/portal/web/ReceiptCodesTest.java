package io.lianxin.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReceiptCodesTest {

  @Test
  void aSecretBallotsReceiptIsLowerCaseHexAndANamedBallotsIsInCapitals() {
    String secret = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";
    assertThat(ReceiptCodes.normalized(" " + secret + " ")).isEqualTo(secret.toLowerCase());
    assertThat(ReceiptCodes.normalized("k7pq2mzr8xwa")).isEqualTo("K7PQ2MZR8XWA");
    assertThat(ReceiptCodes.normalized("ABCDEFABCDEF")).as("a named code of hex letters only stays in capitals")
        .isEqualTo("ABCDEFABCDEF");
    assertThat(ReceiptCodes.normalized(null)).isEmpty();
  }
}
