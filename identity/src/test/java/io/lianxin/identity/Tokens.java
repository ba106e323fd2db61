package io.lianxin.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.util.Map;

/** Reads a token and checks its signature against a served JWK set, with nimbus alone (no Spring). */
final class Tokens {

  private Tokens() {}

  /** The claims of a token whose RS256 signature a key of the JWK set at {@code jwkSetUri} verifies. */
  static Map<String, Object> verifiedClaims(String token, String jwkSetUri) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
        throw new AssertionError("not RS256: " + jwt.getHeader().getAlgorithm());
      }
      JWK key = JWKSet.load(URI.create(jwkSetUri).toURL()).getKeyByKeyId(jwt.getHeader().getKeyID());
      if (key == null || !jwt.verify(new RSASSAVerifier(key.toRSAKey()))) {
        throw new AssertionError("the signature of the token is not the served key's");
      }
      return jwt.getJWTClaimsSet().getClaims();
    } catch (ParseException | IOException | JOSEException e) {
      throw new AssertionError(e);
    }
  }

  /** The same header and claims signed with another key of the same key id: what a forger could make. */
  static String forged(String token) {
    try {
      SignedJWT original = SignedJWT.parse(token);
      RSAKey otherKey = new RSAKeyGenerator(2048).keyID(original.getHeader().getKeyID()).generate();
      SignedJWT forged = new SignedJWT(original.getHeader(), original.getJWTClaimsSet());
      forged.sign(new RSASSASigner(otherKey));
      return forged.serialize();
    } catch (ParseException | JOSEException e) {
      throw new AssertionError(e);
    }
  }

  /** The claims of a token, not verified. */
  static Map<String, Object> claims(String token) {
    try {
      return SignedJWT.parse(token).getJWTClaimsSet().getClaims();
    } catch (ParseException e) {
      throw new AssertionError(e);
    }
  }
}
