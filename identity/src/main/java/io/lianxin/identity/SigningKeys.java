package io.lianxin.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;

/** The RS256 key tokens are signed with: from an SSL bundle (keystore or PEM), or generated for the devstack. */
final class SigningKeys {

  private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

  private SigningKeys() {}

  static RSAKey load(IdentityProperties.SigningKey settings, SslBundles bundles) {
    if (settings.bundle() == null || settings.bundle().isBlank()) {
      log.warn("No signing key configured (lianxin.identity.signing-key.bundle): generated an RSA key at start. "
          + "Development only — tokens signed with it are refused after a restart.");
      return generated(settings.keyId());
    }
    return fromBundle(bundles.getBundle(settings.bundle()), settings);
  }

  private static RSAKey generated(String keyId) {
    try {
      return new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot generate a signing key", e);
    }
  }

  private static RSAKey fromBundle(SslBundle bundle, IdentityProperties.SigningKey settings) {
    KeyStore store = bundle.getStores().getKeyStore();
    if (store == null) {
      throw new IllegalStateException("SSL bundle " + settings.bundle() + " has no keystore with the signing key");
    }
    try {
      String alias = bundle.getKey().getAlias();
      if (alias == null) {
        List<String> aliases = Collections.list(store.aliases());
        if (aliases.size() != 1) {
          throw new IllegalStateException("SSL bundle " + settings.bundle() + " holds " + aliases.size()
              + " keys: name one with spring.ssl.bundle.*." + settings.bundle() + ".key.alias");
        }
        alias = aliases.get(0);
      }
      String password = bundle.getKey().getPassword() != null ? bundle.getKey().getPassword()
          : bundle.getStores().getKeyStorePassword();
      Key key = store.getKey(alias, password == null ? new char[0] : password.toCharArray());
      Certificate certificate = store.getCertificate(alias);
      if (!(key instanceof RSAPrivateKey) || certificate == null || !(certificate.getPublicKey() instanceof RSAPublicKey)) {
        throw new IllegalStateException("the signing key " + alias + " of SSL bundle " + settings.bundle()
            + " is not an RSA key with its certificate");
      }
      log.info("Signing tokens with key {} of SSL bundle {}", settings.keyId(), settings.bundle());
      return new RSAKey.Builder((RSAPublicKey) certificate.getPublicKey()).privateKey((RSAPrivateKey) key)
          .keyID(settings.keyId()).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the signing key of SSL bundle " + settings.bundle(), e);
    }
  }
}
