package io.lianxin.chassis.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/** A token without a tenant cannot act anywhere: it is rejected with 401 like a bad signature. */
public class ClaimsValidator implements OAuth2TokenValidator<Jwt> {
  @Override
  public OAuth2TokenValidatorResult validate(Jwt jwt) {
    String congress = jwt.getClaimAsString("congress_id");
    if (congress == null || congress.isBlank()) {
      return OAuth2TokenValidatorResult.failure(
          new OAuth2Error("invalid_token", "the token has no congress_id claim", null));
    }
    return OAuth2TokenValidatorResult.success();
  }
}
