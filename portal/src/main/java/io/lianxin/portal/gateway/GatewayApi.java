package io.lianxin.portal.gateway;

import io.lianxin.portal.PortalProperties;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

  /** Reads the services' answers the portal parses itself (problems, a result it also passes on as it came). */
  private static final JsonMapper LENIENT = JsonMapper.builder()
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

  /** The congress's published review opinions (公开的审议意见), newest first, with their lists and progress. */
  public Page<ReviewOpinion> publishedReviewOpinions(int page, int size) {
    return anonymous.get().uri(uri -> uri.path("/api/v1/public/{congressId}/opinions").queryParam("page", page)
            .queryParam("size", size).build(congressId))
        .retrieve().body(new ParameterizedTypeReference<Page<ReviewOpinion>>() {});
  }

  public ReviewOpinion publishedReviewOpinion(String opinionId) {
    return anonymous.get().uri("/api/v1/public/{congressId}/opinions/{id}", congressId, opinionId).retrieve()
        .body(ReviewOpinion.class);
  }

  /** The congress's public Atom feed, as notification-service writes it (the newest 50 entries). */
  public String publicFeed() {
    return anonymous.get().uri("/api/v1/public/{congressId}/feed.atom", congressId)
        .accept(MediaType.parseMediaType("application/atom+xml")).retrieve().body(String.class);
  }

  /** A public poll's published result (公布结果) with its ballot box and digest. */
  public PollResult publishedPollResult(String pollId) {
    return anonymous.get().uri("/api/v1/public/polls/{id}/result", pollId).retrieve().body(PollResult.class);
  }

  /**
   * The published result, and what voting-service's verifier finds recomputing it: the record is sent to the
   * verifier exactly as it was published, byte for byte, not as the portal reads it.
   */
  public VerifiedResult verifyPublishedPollResult(String pollId) {
    String published = anonymous.get().uri("/api/v1/public/polls/{id}/result", pollId).retrieve().body(String.class);
    Verification verification = anonymous.post().uri("/api/v1/public/verifier")
        .contentType(MediaType.APPLICATION_JSON).body(published == null ? "{}" : published)
        .retrieve().body(Verification.class);
    return new VerifiedResult(LENIENT.readValue(published, PollResult.class), verification);
  }

  /** A published result with the verifier's findings. */
  public record VerifiedResult(PollResult result, Verification verification) {}

  /** A ballot in a public poll's published box, found by its receipt (回执码). */
  public BallotReceipt ballotByReceipt(String pollId, String receipt) {
    return anonymous.post().uri("/api/v1/public/polls/{id}/receipt-lookup", pollId)
        .contentType(MediaType.APPLICATION_JSON).body(new ReceiptLookup(receipt))
        .retrieve().body(BallotReceipt.class);
  }

  /** The receipt sent in a lookup's body: never in an address, which access logs keep. */
  record ReceiptLookup(String receipt) {}

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
    return post("/api/v1/suggestions", draft, idempotencyKey, Suggestion.class);
  }

  public Suggestion submit(String id, String idempotencyKey) {
    return signedIn.post().uri("/api/v1/suggestions/{id}/submission", id).header("Idempotency-Key", idempotencyKey)
        .retrieve().body(Suggestion.class);
  }

  /** The open polls whose roll holds the signed-in deputy: those they may vote in, newest first. */
  public Page<Poll> myOpenPolls(int page) {
    return signedIn.get().uri(uri -> uri.path("/api/v1/polls").queryParam("state", "OPEN")
            .queryParam("onMyRoll", true).queryParam("page", page).build())
        .retrieve().body(new ParameterizedTypeReference<Page<Poll>>() {});
  }

  /** The polls of the signed-in person's congress in a state, newest first. */
  public Page<Poll> polls(String state, int page) {
    return signedIn.get().uri(uri -> uri.path("/api/v1/polls").queryParam("state", state)
            .queryParam("page", page).build())
        .retrieve().body(new ParameterizedTypeReference<Page<Poll>>() {});
  }

  /** A committee worklist (工作清单) of the signed-in person's congress, a page of it. */
  public Page<Suggestion> worklist(String worklist, int page, int size) {
    return signedIn.get().uri(uri -> uri.path("/api/v1/suggestions/worklists/{worklist}")
            .queryParam("page", page).queryParam("size", size).build(worklist))
        .retrieve().body(new ParameterizedTypeReference<Page<Suggestion>>() {});
  }

  /** How many items each committee worklist holds (worklist name → count), in one call. */
  public Map<String, Long> worklistCounts() {
    WorklistCounts desk = signedIn.get().uri("/api/v1/suggestions/worklists").retrieve().body(WorklistCounts.class);
    Map<String, Long> counts = new LinkedHashMap<>();
    desk.worklists().forEach(line -> counts.put(line.worklist(), line.count()));
    return counts;
  }

  /** suggestion-service's answer to {@code GET /api/v1/suggestions/worklists}. */
  record WorklistCounts(List<Line> worklists) {
    record Line(String worklist, long count) {}
  }

  /** A deputy's duty days (值班安排) of the current year, in the congress's zone. */
  public Page<DeputyWork.DutyDay> dutyDays(String deputyId) {
    return signedIn.get().uri("/api/v1/deputies/{id}/duty-days?size=200", deputyId)
        .retrieve().body(new ParameterizedTypeReference<Page<DeputyWork.DutyDay>>() {});
  }

  /** A deputy's annual reports to the voters (年述职), newest first. */
  public Page<DeputyWork.AnnualReport> annualReports(String deputyId) {
    return signedIn.get().uri("/api/v1/deputies/{id}/reports?size=50", deputyId)
        .retrieve().body(new ParameterizedTypeReference<Page<DeputyWork.AnnualReport>>() {});
  }

  /** Files the deputy's report of a year; one a deputy and year, so a form sent twice is refused the second time. */
  public DeputyWork.AnnualReport fileAnnualReport(String deputyId, DeputyWork.Filing filing, String idempotencyKey) {
    return post("/api/v1/deputies/{id}/reports", filing, idempotencyKey, DeputyWork.AnnualReport.class, deputyId);
  }

  /** The homes and stations of the congress's register. */
  public Page<DeputyWork.Station> stations() {
    return signedIn.get().uri("/api/v1/stations?size=500")
        .retrieve().body(new ParameterizedTypeReference<Page<DeputyWork.Station>>() {});
  }

  /** Drafts a poll (草拟表决); the key makes a form sent twice one poll. */
  public StaffPoll draftPoll(PollRequests.Draft draft, String idempotencyKey) {
    return post("/api/v1/polls", draft, idempotencyKey, StaffPoll.class);
  }

  /** A poll as the office sees it, with its turnout. */
  public StaffPoll staffPoll(String pollId) {
    return signedIn.get().uri("/api/v1/polls/{id}", pollId).retrieve().body(StaffPoll.class);
  }

  /**
   * One step of a poll: {@code opening}, {@code attendance} (签到), {@code closing}, {@code tally}, {@code publication}
   * or {@code cancellation}, with its body.
   */
  public StaffPoll pollStep(String pollId, String step, Object body, String idempotencyKey) {
    return post("/api/v1/polls/{id}/" + step, body, idempotencyKey, StaffPoll.class, pollId);
  }

  /** How far a secret poll's scrutineers' key ceremony (密钥仪式) is: its stage, READY once the poll's key exists. */
  public String keyCeremonyStage(String pollId) {
    Map<String, Object> ceremony = signedIn.get().uri("/api/v1/polls/{id}/key-ceremony", pollId)
        .retrieve().body(new ParameterizedTypeReference<Map<String, Object>>() {});
    return ceremony == null ? null : String.valueOf(ceremony.get("stage"));
  }

  /** The handling report (办理情况报告) of the signed-in person's congress: the items numbered in {@code year}. */
  public HandlingReport handlingReport(int year) {
    return signedIn.get().uri(uri -> uri.path("/api/v1/suggestions/statistics").queryParam("year", year).build())
        .retrieve().body(HandlingReport.class);
  }

  /** The same report as the file suggestion-service writes, with names instead of ids. */
  public ReportFile handlingReportFile(int year, ReportFile.Format format) {
    ResponseEntity<byte[]> file = signedIn.get()
        .uri(uri -> uri.path("/api/v1/suggestions/statistics/export").queryParam("year", year)
            .queryParam("format", format.name()).build())
        .accept(format.type()).retrieve().toEntity(byte[].class);
    MediaType type = Optional.ofNullable(file.getHeaders().getContentType()).orElse(format.type());
    return new ReportFile(type, file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION),
        Objects.requireNonNullElse(file.getBody(), new byte[0]));
  }

  /**
   * A page of the commitments ledger by due date, of one status or all: the congress's for the office and leaders,
   * the items a unit leads for the unit (suggestion-service decides which).
   */
  public Page<CommitmentLine> commitments(String status, int page, int size) {
    return signedIn.get().uri(uri -> uri.path("/api/v1/suggestions/statistics/commitments")
            .queryParamIfPresent("status", Optional.ofNullable(status)).queryParam("page", page)
            .queryParam("size", size).build())
        .retrieve().body(new ParameterizedTypeReference<Page<CommitmentLine>>() {});
  }

  /** The name of every unit of the register, whatever its status, by id: a report names units that have closed. */
  public Map<String, String> unitNames() {
    Map<String, String> names = new LinkedHashMap<>();
    units("/api/v1/units?size=500").items().forEach(unit -> names.put(unit.unitId(), unit.name()));
    return names;
  }

  /** The active handling units (承办单位) of the signed-in person's congress, by id. */
  public Page<HandlingUnit> activeUnits() {
    return units("/api/v1/units?status=ACTIVE&size=500");
  }

  private Page<HandlingUnit> units(String query) {
    return signedIn.get().uri(query).retrieve().body(new ParameterizedTypeReference<Page<HandlingUnit>>() {});
  }

  /** Registration (立案), the category kept or changed; the item then waits for its assignment. */
  public Suggestion register(String id, OfficeRequests.Registration registration, String idempotencyKey) {
    return command("/api/v1/suggestions/{id}/registration", id, registration, idempotencyKey);
  }

  /** Registration declined with the reason (不予立案). */
  public Suggestion declineRegistration(String id, OfficeRequests.Reason reason, String idempotencyKey) {
    return command("/api/v1/suggestions/{id}/non-registration", id, reason, idempotencyKey);
  }

  /** Returned to the deputy with the reason, to edit and submit again (退回修改). */
  public Suggestion returnToDeputy(String id, OfficeRequests.Reason reason, String idempotencyKey) {
    return command("/api/v1/suggestions/{id}/return", id, reason, idempotencyKey);
  }

  /** A disputed item reassigned (重新交办); the reply is due counting from now. */
  public Suggestion reassign(String id, OfficeRequests.Reassignment reassignment, String idempotencyKey) {
    return command("/api/v1/suggestions/{id}/reassignment", id, reassignment, idempotencyKey);
  }

  /** A batch assignment (集中交办): one request for all the items; the key makes a form sent twice one batch. */
  public BatchAssignment.Report assignBatch(BatchAssignment.Request batch, String idempotencyKey) {
    return post("/api/v1/suggestions/assignments", batch, idempotencyKey, BatchAssignment.Report.class);
  }

  // --- a handling unit's (承办单位)

  /** A page of the signed-in person's unit's queue: what it owes a reply, the nearest deadline first. */
  public UnitQueue unitQueue(int page, int size) {
    return signedIn.get().uri(uri -> uri.path("/api/v1/suggestions/queue").queryParam("page", page)
            .queryParam("size", size).build())
        .retrieve().body(UnitQueue.class);
  }

  /** Acceptance (签收): the item goes from assigned to in progress. */
  public Suggestion accept(String id, UnitRequests.Acceptance acceptance, String idempotencyKey) {
    return command("/api/v1/suggestions/{id}/acceptance", id, acceptance, idempotencyKey);
  }

  /** The lead unit disputes its assignment with the reason (交办异议), within the working days allowed. */
  public Suggestion dispute(String id, UnitRequests.Dispute dispute, String idempotencyKey) {
    return command("/api/v1/suggestions/{id}/dispute", id, dispute, idempotencyKey);
  }

  /** A co-unit's opinion to the lead unit (协办意见), once a round. */
  public Suggestion giveCoUnitOpinion(String id, UnitRequests.CoUnitOpinion opinion, String idempotencyKey) {
    return command("/api/v1/suggestions/{id}/co-unit-opinions", id, opinion, idempotencyKey);
  }

  /** A commitment of the reply reported fulfilled with its evidence (承诺兑现). */
  public Suggestion fulfil(String id, String commitmentId, UnitRequests.Fulfilment fulfilment, String idempotencyKey) {
    return command("/api/v1/suggestions/{id}/commitments/{commitmentId}/fulfilment", fulfilment, idempotencyKey, id,
        commitmentId);
  }

  /** The lead unit's progress report (报告办理进展) a supervision note asked for. */
  public Suggestion submitProgressReport(String id, int noteNumber, UnitRequests.ProgressReport report,
      String idempotencyKey) {
    return command("/api/v1/suggestions/{id}/supervision-notes/{number}/progress-report", report, idempotencyKey, id,
        noteNumber);
  }

  /** The supervising leader's note on a key item (督办意见), asking for a progress report by a day or not. */
  public Suggestion addSupervisionNote(String id, LeaderRequests.SupervisionNote note, String idempotencyKey) {
    return command("/api/v1/suggestions/{id}/supervision-notes", id, note, idempotencyKey);
  }

  /** Logs a contact with the deputy (三访). */
  public Suggestion logContact(String id, UnitRequests.Contact contact, String idempotencyKey) {
    return command("/api/v1/suggestions/{id}/contacts", id, contact, idempotencyKey);
  }

  /** Writes the reply draft (拟写答复) — the unit's handler. */
  public Suggestion draftReply(String id, UnitRequests.ReplyDraft draft, String idempotencyKey) {
    return command("/api/v1/suggestions/{id}/reply-draft", id, draft, idempotencyKey);
  }

  /** Signs and sends the drafted reply (签发) — the unit's head. */
  public Suggestion signReply(String id, String idempotencyKey) {
    return signedIn.post().uri("/api/v1/suggestions/{id}/reply", id).header("Idempotency-Key", idempotencyKey)
        .retrieve().body(Suggestion.class);
  }

  /** The deputy's rating of the reply (征询意见表). */
  public Suggestion evaluate(String id, UnitRequests.Evaluation evaluation, String idempotencyKey) {
    return command("/api/v1/suggestions/{id}/evaluations", id, evaluation, idempotencyKey);
  }

  /** A co-signer confirms (联名确认) a draft they were asked to co-sign. */
  public Suggestion confirmCoSignature(String id, String idempotencyKey) {
    return command("/api/v1/suggestions/{id}/co-signature", id, new DeputyRequests.CoSignature(), idempotencyKey);
  }

  /** The proposer withdraws (撤回) an item before it is assigned. */
  public Suggestion withdraw(String id, DeputyRequests.Withdrawal withdrawal, String idempotencyKey) {
    return command("/api/v1/suggestions/{id}/withdrawal", id, withdrawal, idempotencyKey);
  }

  /** The proposer confirms or disputes contact {@code number} the lead unit logged (三访). */
  public Suggestion answerContact(String id, int number, DeputyRequests.ContactAnswer answer, String idempotencyKey) {
    return command("/api/v1/suggestions/{id}/contacts/{number}/response", answer, idempotencyKey, id, number);
  }

  private Suggestion command(String path, String id, Object body, String idempotencyKey) {
    return command(path, body, idempotencyKey, id);
  }

  private Suggestion command(String path, Object body, String idempotencyKey, Object... uriVariables) {
    return post(path, body, idempotencyKey, Suggestion.class, uriVariables);
  }

  /** A step of the signed-in user: one POST with its Idempotency-Key, the service's answer read as {@code answer}. */
  private <T> T post(String path, Object body, String idempotencyKey, Class<T> answer, Object... uriVariables) {
    return signedIn.post().uri(path, uriVariables).header("Idempotency-Key", idempotencyKey)
        .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(answer);
  }

  // --- review opinions (审议意见): the office issues them, the body they were issued to answers

  /** A page of the review opinions the signed-in person may see, newest first: a unit its own, the office all. */
  public Page<ReviewOpinion> reviewOpinions(int page, int size) {
    return signedIn.get().uri(uri -> uri.path("/api/v1/opinions").queryParam("page", page).queryParam("size", size)
        .build()).retrieve().body(new ParameterizedTypeReference<Page<ReviewOpinion>>() {});
  }

  public ReviewOpinion opinion(String opinionId) {
    return signedIn.get().uri("/api/v1/opinions/{id}", opinionId).retrieve().body(ReviewOpinion.class);
  }

  /** The rectification list (报送整改清单). */
  public ReviewOpinion submitRectificationList(String opinionId, SupervisionRequests.RectificationList list,
      String idempotencyKey) {
    return post("/api/v1/opinions/{id}/rectification-list", list, idempotencyKey, ReviewOpinion.class, opinionId);
  }

  /** A measure's progress (整改进度). */
  public ReviewOpinion reportMeasureProgress(String opinionId, String measureId,
      SupervisionRequests.MeasureProgress progress, String idempotencyKey) {
    return post("/api/v1/opinions/{id}/measures/{measureId}/progress", progress, idempotencyKey, ReviewOpinion.class,
        opinionId, measureId);
  }

  /** The rectification report to the chair's council (报告整改情况). */
  public ReviewOpinion submitRectificationReport(String opinionId, SupervisionRequests.Report report,
      String idempotencyKey) {
    return post("/api/v1/opinions/{id}/report", report, idempotencyKey, ReviewOpinion.class, opinionId);
  }

  /** The office issues a review opinion with its problem list to a body (交办审议意见). */
  public ReviewOpinion issueOpinion(SupervisionRequests.Issue issue, String idempotencyKey) {
    return post("/api/v1/opinions", issue, idempotencyKey, ReviewOpinion.class);
  }

  /** The office sends the rectification list back with its reason (退回整改清单). */
  public ReviewOpinion rejectRectificationList(String opinionId, SupervisionRequests.Reason reason,
      String idempotencyKey) {
    return post("/api/v1/opinions/{id}/rectification-list/rejection", reason, idempotencyKey, ReviewOpinion.class,
        opinionId);
  }

  /** The office publishes the opinion with its lists and progress (公开); publishing again changes nothing. */
  public ReviewOpinion publishOpinion(String opinionId, String idempotencyKey) {
    return post("/api/v1/opinions/{id}/publication", Map.of(), idempotencyKey, ReviewOpinion.class, opinionId);
  }

  // --- a voter's (表决)

  /** One poll of the congress as its voters see it (never its result while open). */
  public Poll poll(String pollId) {
    return signedIn.get().uri("/api/v1/polls/{id}", pollId).retrieve().body(Poll.class);
  }

  /**
   * Casts the voter's ballot as its answers by item (a clear ballot: for a secret poll the service encrypts it on
   * arrival, ADR 0011) and answers the receipt (回执码). No idempotency key: the service keeps nothing of a ballot
   * request but the ballot, and a second ballot is refused (409) unless the poll allows re-voting.
   */
  public String castBallot(String pollId, Map<String, String> answers) {
    Map<String, String> receipt = signedIn.post().uri("/api/v1/polls/{id}/ballots", pollId)
        .contentType(MediaType.APPLICATION_JSON).body(new BallotBody(answers))
        .retrieve().body(new ParameterizedTypeReference<Map<String, String>>() {});
    return receipt == null ? null : receipt.get("receipt");
  }

  /**
   * The ballot as it is sent: Spring's HTTP client logs the body it writes at DEBUG by its {@code toString}, which
   * therefore names no answer (a secret ballot is clear until voting-service encrypts it).
   */
  record BallotBody(Map<String, String> answers) {
    @Override
    public String toString() {
      return "BallotBody[" + answers.size() + " answers kept out of logs]";
    }
  }

  /** A ballot in a poll's published box by its receipt, for a voter of the congress (any poll, public or not). */
  public BallotReceipt myBallotByReceipt(String pollId, String receipt) {
    return signedIn.post().uri("/api/v1/polls/{id}/receipt-lookup", pollId)
        .contentType(MediaType.APPLICATION_JSON).body(new ReceiptLookup(receipt))
        .retrieve().body(BallotReceipt.class);
  }

  // --- livelihood projects (民生实事)

  /** A programme, for anyone. */
  public Programme publicProgramme(String programmeId) {
    return anonymous.get().uri("/api/v1/public/programmes/{id}", programmeId).retrieve().body(Programme.class);
  }

  /** A page of a programme's proposals, most supported first, for anyone. */
  public Page<Proposal> publicProposals(String programmeId, int page) {
    return anonymous.get().uri(uri -> uri.path("/api/v1/public/programmes/{id}/proposals").queryParam("page", page)
            .build(programmeId))
        .retrieve().body(new ParameterizedTypeReference<Page<Proposal>>() {});
  }

  /** The programmes of the signed-in person's congress, latest year first (no list without sign-in). */
  public Page<Programme> programmes(int page) {
    return signedIn.get().uri(uri -> uri.path("/api/v1/programmes").queryParam("page", page).build())
        .retrieve().body(new ParameterizedTypeReference<Page<Programme>>() {});
  }

  public Proposal propose(String programmeId, ProposalRequest proposal, String idempotencyKey) {
    return post("/api/v1/programmes/{id}/proposals", proposal, idempotencyKey, Proposal.class, programmeId);
  }

  /** Supports a proposal (附议), once a person; answers the supports it has now. */
  public long support(String proposalId) {
    Map<String, Long> supports = signedIn.post().uri("/api/v1/proposals/{id}/supports", proposalId)
        .retrieve().body(new ParameterizedTypeReference<Map<String, Long>>() {});
    return supports == null ? 0 : supports.getOrDefault("supports", 0L);
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
   * without a token per address, so each visitor must count as themself, not all as the portal. The address is the
   * one the gateway reported on the way in (Tomcat's RemoteIpValve, the gateway its only trusted proxy), and the
   * gateway takes this header from the portal because its {@code LIANXIN_GATEWAY_TRUSTED_PROXIES} names it.
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
        body = LENIENT.readValue(bytes, ApiProblem.Body.class);
      }
    } catch (RuntimeException notAProblem) {
      body = null;
    }
    if (body == null) {
      return new ApiProblem(status, null, null, null);
    }
    return new ApiProblem(status, body.title(), body.detail(), body.errors(), body.currentState(), body.type());
  }
}
