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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

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

  /** The service's name, as its contract file is named: {@code io.lianxin.suggestion} → suggestion-service. */
  protected String serviceName() {
    String pkg = getClass().getPackageName();
    return pkg.substring(pkg.lastIndexOf('.') + 1) + "-service";
  }

  /** The running service (no seeding needed to read its document). */
  @Autowired
  private Environment environment;

  @Test
  void theServedDocumentIsTheCommittedContractAndLintsClean() {
    JsonNode served = new ApiClient("http://127.0.0.1:" + environment.getProperty("local.server.port"))
        .get("/v3/api-docs", null).json();
    assertThat(OpenApiContract.drift(serviceName(), served)).as("OpenAPI drift").isNull();
    assertThat(OpenApiContract.generatedOperationIds(served))
        .as("operation ids a generated client can name (not springdoc's get_1 for a second method named get)").isEmpty();
    OpenApiContract.Lint lint = OpenApiContract.lint(OpenApiContract.committed(serviceName()));
    System.out.println("redocly lint " + serviceName() + ":\n" + lint.output());
    assertThat(lint.exitCode()).as(lint.output()).isZero();
  }

  /** Who calls from Swagger UI in {@link #swaggerUiAuthorizesAndCallsAnOperation()}. */
  protected String swaggerUiUser() {
    return "deputy1@qingshan";
  }

  /**
   * A newcomer's first call: Swagger UI in Chromium, Authorize with a token from the dev issuer, Try it
   * out, Execute — on the first GET of the document that needs a login and has no path parameter.
   */
  @Test
  void swaggerUiAuthorizesAndCallsAnOperation() {
    String base = "http://127.0.0.1:" + environment.getProperty("local.server.port");
    OpenApiDocument doc = new OpenApiDocument(new ApiClient(base).get("/v3/api-docs", null).json(), Map.of());
    OpenApiDocument.Operation op = doc.operations().stream()
        .filter(o -> o.method().equals("GET") && !o.template().contains("{") && o.node().path("security").size() > 0)
        .findFirst().orElseThrow(() -> new AssertionError("no authenticated GET without path parameters"));
    SwaggerUiBrowser.Call call = SwaggerUiBrowser.call(base, token(swaggerUiUser()), op.node().get("operationId").asString(), Map.of());
    System.out.println("Swagger UI " + op + ": " + call.status() + "\n" + call.curl());
    assertThat(call.status()).as(op + " from Swagger UI: " + call.output()).isEqualTo(200);
    assertThat(call.curl()).as("the call carries the token").contains("Authorization: Bearer ");
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
