package io.lianxin.portal.gateway;

import io.lianxin.portal.PortalProperties;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services, called through the gateway: public reads without a token, everything else with the signed-in
 * user's access token from their session (the browser never holds it). An error answer is an {@link ApiProblem}.
 */
@Component
public class GatewayApi {

  /** The portal's registration at the issuer, whose token the calls carry. */
  private static final String REGISTRATION_ID = "lianxin";

  private static final JsonMapper PROBLEMS = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final RestClient anonymous;
  private final RestClient signedIn;
  private final String congressId;

  public GatewayApi(RestClient.Builder builder, PortalProperties properties,
      OAuth2AuthorizedClientManager authorizedClients, OAuth2AuthorizedClientRepository authorizedClientStore) {
    RestClient.Builder base = builder.clone()
        .baseUrl(properties.gatewayUrl().toString())
        .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
        .requestInterceptor(onBehalfOfTheReader())
        .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
          throw problem(response);
        });
    OAuth2ClientHttpRequestInterceptor bearer = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
    bearer.setClientRegistrationIdResolver(request -> REGISTRATION_ID);
    // a token the gateway refuses (401) is dropped from the session: the next call fetches a new code
    bearer.setAuthorizationFailureHandler(
        OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorizedClientStore));
    this.anonymous = base.clone().build();
    this.signedIn = base.clone().requestInterceptor(bearer).build();
    this.congressId = properties.congressId();
  }

  // --- public, no sign-in

  public Page<PublishedSuggestion> publishedSuggestions(String query, int page) {
    return anonymous.get()
        .uri(uri -> uri.path("/api/v1/public/{congressId}/suggestions").queryParamIfPresent("q",
                Optional.ofNullable(query).filter(q -> !q.isBlank())).queryParam("page", page)
            .build(congressId))
        .retrieve().body(new ParameterizedTypeReference<Page<PublishedSuggestion>>() {});
  }

  public PublishedSuggestion publishedSuggestion(String id) {
    return anonymous.get().uri("/api/v1/public/{congressId}/suggestions/{id}", congressId, id)
        .retrieve().body(PublishedSuggestion.class);
  }

  public DeputyRecord deputyRecord(String deputyId, Integer year) {
    return anonymous.get()
        .uri(uri -> uri.path("/api/v1/public/{congressId}/deputies/{deputyId}/record")
            .queryParamIfPresent("year", Optional.ofNullable(year)).build(congressId, deputyId))
        .retrieve().body(DeputyRecord.class);
  }

  public TrackedOpinion trackedOpinion(String trackingCode) {
    return anonymous.get().uri("/api/v1/public/{congressId}/voter-opinions/{code}", congressId, trackingCode)
        .retrieve().body(TrackedOpinion.class);
  }

  // --- the signed-in user's

  public Page<Suggestion> myItems(String state, int page) {
    return signedIn.get()
        .uri(uri -> uri.path("/api/v1/suggestions")
            .queryParamIfPresent("state", Optional.ofNullable(state).filter(s -> !s.isBlank()))
            .queryParam("page", page).build())
        .retrieve().body(new ParameterizedTypeReference<Page<Suggestion>>() {});
  }

  public Suggestion item(String id) {
    return signedIn.get().uri("/api/v1/suggestions/{id}", id).retrieve().body(Suggestion.class);
  }

  public Page<AuditLine> timeline(String id) {
    return signedIn.get().uri("/api/v1/suggestions/{id}/history?size=200", id)
        .retrieve().body(new ParameterizedTypeReference<Page<AuditLine>>() {});
  }

  /** Writes a draft; the key makes a form sent twice one draft. */
  public Suggestion createDraft(DraftRequest draft, String idempotencyKey) {
    return signedIn.post().uri("/api/v1/suggestions").header("Idempotency-Key", idempotencyKey)
        .contentType(MediaType.APPLICATION_JSON).body(draft).retrieve().body(Suggestion.class);
  }

  public Suggestion submit(String id, String idempotencyKey) {
    return signedIn.post().uri("/api/v1/suggestions/{id}/submission", id).header("Idempotency-Key", idempotencyKey)
        .retrieve().body(Suggestion.class);
  }

  public Inbox inbox(int page) {
    return signedIn.get().uri("/api/v1/inbox?page={page}", page).retrieve().body(Inbox.class);
  }

  public long unreadCount() {
    Map<String, Long> count = signedIn.get().uri("/api/v1/inbox/unread-count")
        .retrieve().body(new ParameterizedTypeReference<Map<String, Long>>() {});
    return count == null ? 0 : count.getOrDefault("unread", 0L);
  }

  /**
   * The reader's language, so that the services answer in it, and the reader's address: the gateway limits callers
   * without a token per address, and trusts {@code X-Forwarded-For} from the portal (a private or loopback
   * address), so that visitors are not limited as one caller, the portal.
   */
  private static ClientHttpRequestInterceptor onBehalfOfTheReader() {
    return (request, body, execution) -> {
      request.getHeaders().set(HttpHeaders.ACCEPT_LANGUAGE, LocaleContextHolder.getLocale().toLanguageTag());
      if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes) {
        String reader = ((ServletRequestAttributes) RequestContextHolder.getRequestAttributes()).getRequest()
            .getRemoteAddr();
        request.getHeaders().set("X-Forwarded-For", reader);
      }
      return execution.execute(request, body);
    };
  }

  private static ApiProblem problem(ClientHttpResponse response) throws IOException {
    int status = response.getStatusCode().value();
    ApiProblem.Body body = null;
    try (InputStream in = response.getBody()) {
      byte[] bytes = in.readAllBytes();
      if (bytes.length > 0) {
        body = PROBLEMS.readValue(bytes, ApiProblem.Body.class);
      }
    } catch (RuntimeException notAProblem) {
      body = null;
    }
    if (body == null) {
      return new ApiProblem(status, null, null, null);
    }
    return new ApiProblem(status, body.title(), body.detail(), body.errors());
  }
}
