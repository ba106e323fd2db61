package io.lianxin.chassis.web;

/**
 * What an id in a request may look like: ASCII letters and digits with {@code @ . _ : -}, at most
 * {@value #MAX} characters (UUIDs, {@code D-qingshan-001}, {@code U-qingshan-housing},
 * {@code deputy1@qingshan}). Used as {@code @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN)}
 * on request fields, so that the OpenAPI document states the limits.
 */
public final class Ids {

  public static final int MAX = 100;
  public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9@._:-]*$";

  private Ids() {}
}
