package io.lianxin.benchmarks.floor;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
 * The framework floor of a ballot (issue 16): what Spring Boot itself costs for the request a
 * ballot is — Tomcat, the same Spring Security resource-server JWT check against the same issuer
 * (signature, issuer, expiry), the same JSON body bound and validated with the same constraints,
 * and one insert of a document of the ballot's shape ({@code _id} poll|voter, poll id, receipt,
 * the encrypted text or the answers) into the same Mongo-wire server with {@code acks} as
 * configured — and nothing else: no chassis, no poll read, no proofs, no meters.
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
@Import(BallotFloorApplication.Ballots.class)
public class BallotFloorApplication {

  /** The floor on a free port: {@code mongoUri} and the issuer as the services get them. */
  public static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(BallotFloorApplication.class).properties(
        "spring.config.name=ballot-floor", "spring.main.banner-mode=off");
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
}
