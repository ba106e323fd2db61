package io.lianxin.portal.web;

import java.util.Locale;

/**
 * A receipt (回执码) as a voter types it, in the case voting-service stores it: a secret ballot's receipt is the
 * lower-case hex SHA-256 of the encrypted ballot (64 characters), a named ballot's a 12-character code in capitals
 * ({@code BallotBox.newReceiptCode}); the box is searched by the exact text.
 */
final class ReceiptCodes {

  private static final int SECRET_RECEIPT_LENGTH = 64;

  private ReceiptCodes() {}

  static String normalized(String code) {
    if (code == null) {
      return "";
    }
    String typed = code.strip();
    return typed.length() == SECRET_RECEIPT_LENGTH ? typed.toLowerCase(Locale.ROOT) : typed.toUpperCase(Locale.ROOT);
  }
}
