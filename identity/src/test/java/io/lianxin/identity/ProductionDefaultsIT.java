package io.lianxin.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * The issuer as production runs it: no development token endpoint, no demo users, the signing key from a PEM
 * SSL bundle and a configured issuer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.config.name=identity",
    "spring.ssl.bundle.pem.signing.keystore.certificate=classpath:signing/test-cert.pem",
    "spring.ssl.bundle.pem.signing.keystore.private-key=classpath:signing/test-key.pem",
    "lianxin.identity.signing-key.bundle=signing",
    "lianxin.identity.signing-key.key-id=prod-key-1",
    "spring.security.oauth2.authorizationserver.issuer=https://sign-in.example.org"})
class ProductionDefaultsIT {

  @LocalServerPort
  int port;

  private Browser browser() {
    return new Browser("http://127.0.0.1:" + port);
  }

  @Test
  void theDevelopmentTokenEndpointAndUserListAreNotFound() {
    HttpResponse<String> token = browser().postForm("/token", Map.of("username", "deputy1@qingshan"));
    HttpResponse<String> users = browser().getJson("/users");

    for (HttpResponse<String> answer : java.util.List.of(token, users)) {
      assertThat(answer.statusCode()).isEqualTo(404);
      assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(answer.body()).contains("lianxin.identity.dev-token-endpoint");
    }
  }

  @Test
  void theDemoUsersCannotSignIn() {
    HttpResponse<String> login = browser().signIn("deputy1@qingshan", "lianxin-demo");

    assertThat(Browser.location(login)).endsWith("/login?error");
  }

  @Test
  void theJwkSetIsTheConfiguredKeyAndTheIssuerTheConfiguredOne() throws Exception {
    HttpResponse<String> discovery = browser().getJson("/.well-known/openid-configuration");
    RSAKey served = JWKSet.load(URI.create("http://127.0.0.1:" + port + "/oauth2/jwks").toURL())
        .getKeyByKeyId("prod-key-1").toRSAKey();

    assertThat(discovery.body()).contains("\"issuer\":\"https://sign-in.example.org\"",
        "\"jwks_uri\":\"https://sign-in.example.org/oauth2/jwks\"");
    assertThat(served.isPrivate()).isFalse();
    assertThat(served.toRSAPublicKey().getModulus()).isEqualTo(certificateKey().getModulus());
  }

  private static RSAPublicKey certificateKey() throws Exception {
    try (InputStream in = new ClassPathResource("signing/test-cert.pem").getInputStream()) {
      X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
      return (RSAPublicKey) certificate.getPublicKey();
    }
  }
}
