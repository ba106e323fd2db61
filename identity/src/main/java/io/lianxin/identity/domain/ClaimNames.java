package io.lianxin.identity.domain;

/** The names of the claims the services read from a token (ARCHITECTURE §5), besides {@code sub}. */
public final class ClaimNames {

  public static final String NAME = "name";
  public static final String ROLES = "roles";
  public static final String CONGRESS_ID = "congress_id";
  public static final String DEPUTY_ID = "deputy_id";
  public static final String UNIT_ID = "unit_id";

  private ClaimNames() {}
}
