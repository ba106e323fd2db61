package io.lianxin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every operation of a service's served OpenAPI document, checked two ways: the bad-input corpus
 * ({@link BadInputCorpus}: no 5xx, problem+json, refusals write nothing, every request field
 * bounded) and the authorization table ({@link AuthorizationMatrix}, from the service's test
 * resource {@code authorization-matrix.txt}). A service's test extends this, seeds what its paths
 * name and says which tokens send the corpus.
 */
public abstract class ApiSurfaceChecks {

  /** The service under test, its database, valid path values and the corpus's callers. */
  public record Surface(String baseUrl, String database, Map<String, String> pathValues, List<String> tokens,
      List<String> unboundedExempt) {}

  /** Called once per test: seeds the service and says what to check. */
  protected abstract Surface surface();

  protected static String token(String user) {
    return EmbeddedInfra.shared().issuer().tokenFor(DemoUsers.get(user));
  }

  /** Tokens of these demo users, null standing for no token. */
  protected static List<String> tokens(String... users) {
    return Arrays.stream(users).map(u -> u == null ? null : token(u)).toList();
  }

  @Test
  void everyOperationRefusesBadInputCleanly() {
    Surface s = surface();
    ApiClient api = new ApiClient(s.baseUrl());
    try (MongoClient client = MongoClients.create(EmbeddedInfra.shared().mongo().uri(s.database()))) {
      BadInputCorpus corpus = new BadInputCorpus(api, document(api, s), () -> DatabaseSnapshot.of(client, s.database()));
      List<BadInputCorpus.Violation> violations = corpus.run(s.tokens());
      System.out.printf("bad-input corpus: %d requests, %d violations, base requests accepted %s%n", corpus.sent(),
          violations.size(), corpus.baseRequestsAccepted());
      assertThat(violations).isEmpty();
      assertThat(corpus.document().unboundedRequestFields(s.unboundedExempt()))
          .as("request fields without a documented bound").isEmpty();
    }
  }

  @Test
  void everyOperationAnswersEachCallerAsTheTableSays() {
    Surface s = surface();
    ApiClient api = new ApiClient(s.baseUrl());
    assertThat(AuthorizationMatrix.violations(api, document(api, s), EmbeddedInfra.shared().issuer(), table())).isEmpty();
  }

  private static OpenApiDocument document(ApiClient api, Surface s) {
    return new OpenApiDocument(api.get("/v3/api-docs", null).json(), s.pathValues());
  }

  private String table() {
    try (InputStream in = getClass().getResourceAsStream("/authorization-matrix.txt")) {
      assertThat(in).as("authorization-matrix.txt in the service's test resources").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
