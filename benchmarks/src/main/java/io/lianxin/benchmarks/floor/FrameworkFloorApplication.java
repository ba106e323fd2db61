package io.lianxin.benchmarks.floor;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The framework floor (issue 16): what Spring Boot itself costs for a request — Tomcat, the same
 * Spring Security resource-server JWT check against the same issuer (signature, issuer, expiry),
 * the same JSON body bound and validated with the same constraints, and one insert of a document
 * of the same shape or size into the same Mongo-wire server with {@code acks} as configured — and
 * nothing else: no chassis, no reads, no proofs, no meters. Two endpoints: a ballot
 * ({@code _id} poll|voter, poll id, receipt, the encrypted text or the answers) and a submit (the
 * suggestion's fields padded to {@code floor.submit-document-bytes}, the size of a stored item).
 *
 * <p>Only the auto-configurations such an endpoint needs are imported, so that the chassis, Kafka,
 * the actuator and tracing on the benchmarks' classpath stay out of it. Started in the benchmark's
 * JVM on its own port ({@link #start}).
 */
@SpringBootConfiguration
@ImportAutoConfiguration({
    org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration.class,
    org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration.class,
    org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration.class,
    org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration.class,
    org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration.class,
    org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration.class,
    org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration.class,
    org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration.class,
    org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration.class,
    org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration.class,
    org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration.class,
    org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration.class,
    org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration.class,
    org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration.class})
@Import({FrameworkFloorApplication.Ballots.class, FrameworkFloorApplication.Submits.class})
public class FrameworkFloorApplication {

  /** The floor on a free port: {@code mongoUri} and the issuer as the services get them. */
  public static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(FrameworkFloorApplication.class).properties(
        "spring.config.name=framework-floor", "spring.main.banner-mode=off");
  }

  /** Every request but the error page needs a valid bearer token; stateless, no CSRF (as the services). */
  @Bean
  SecurityFilterChain floorSecurity(HttpSecurity http) throws Exception {
    http.csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(a -> a.requestMatchers("/error").permitAll().anyRequest().authenticated())
        .oauth2ResourceServer(o -> o.jwt(jwt -> {}));
    return http.build();
  }

  /** The ballot body of voting-service, with the same constraints. */
  public record BallotRequest(@Size(max = 500) Map<@NotBlank @Size(max = 200) String, @NotBlank @Size(max = 40) String> answers,
      @Size(max = 400_000) String encrypted) {}

  @RestController
  static class Ballots {

    private final MongoCollection<Document> ballots;

    Ballots(MongoClient mongo, @Value("${spring.mongodb.database}") String database) {
      this.ballots = mongo.getDatabase(database).getCollection("ballots_floor");
    }

    /** One insert under poll|voter (the voter from the token), acknowledged after the write; 201 with a receipt. */
    @PostMapping("/floor/polls/{id}/ballots")
    ResponseEntity<Map<String, String>> vote(@AuthenticationPrincipal Jwt token, @PathVariable String id,
        @Valid @RequestBody BallotRequest r) {
      String voter = token.getClaimAsString("deputy_id") != null ? token.getClaimAsString("deputy_id") : token.getSubject();
      String receipt = UUID.randomUUID().toString();
      Document ballot = new Document("_id", id + "|" + voter).append("pollId", id).append("receipt", receipt);
      if (r.encrypted() != null) {
        ballot.append("encrypted", r.encrypted());
      } else {
        ballot.append("answers", new Document(Map.copyOf(r.answers())));
      }
      ballots.insertOne(ballot);
      return ResponseEntity.status(201).body(Map.of("receipt", receipt));
    }
  }

  /** The body of suggestion-service's {@code POST /api/v1/suggestions}, with the same constraints (enums as text). */
  public record SubmitRequest(@Size(max = 20) String kind, @Size(max = 20) String session,
      @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20_000) String body,
      @NotNull @Size(max = 40) String category,
      @Size(max = 500) List<@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.:|-]+") String> coSignerDeputyIds,
      Boolean byDelegation, Boolean draft) {}

  @RestController
  static class Submits {

    private final MongoCollection<Document> suggestions;
    private final String padding;

    Submits(MongoClient mongo, @Value("${spring.mongodb.database}") String database,
        @Value("${floor.submit-document-bytes:2000}") int documentBytes) {
      this.suggestions = mongo.getDatabase(database).getCollection("suggestions_floor");
      // the fields below take about 400 bytes besides title and body; the rest is padding
      this.padding = "x".repeat(Math.max(0, documentBytes - 400 - 150));
    }

    /** One insert of an item of the stored size under a new id; 201 with the id. */
    @PostMapping("/floor/suggestions")
    ResponseEntity<Map<String, String>> submit(@AuthenticationPrincipal Jwt token, @Valid @RequestBody SubmitRequest r) {
      String id = UUID.randomUUID().toString();
      Document item = new Document("id", id).append("congressId", token.getClaimAsString("congress_id"))
          .append("proposer", token.getSubject()).append("kind", r.kind() == null ? "SUGGESTION" : r.kind())
          .append("title", r.title()).append("body", r.body()).append("category", r.category())
          .append("state", "SUBMITTED").append("padding", padding);
      suggestions.insertOne(new Document("_id", id).append("item", item).append("version", 1));
      return ResponseEntity.status(201).body(Map.of("id", id));
    }
  }
}
