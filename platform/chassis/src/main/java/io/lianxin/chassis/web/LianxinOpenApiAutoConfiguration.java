package io.lianxin.chassis.web;

import io.lianxin.chassis.ChassisAutoConfiguration;
import io.lianxin.chassis.LianxinProperties;
import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.security.LianxinSecurityAutoConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.util.AntPathMatcher;

/**
 * The OpenAPI document every service serves, made usable by a generated client and by Swagger UI
 * (ADR 0015): a bearer-JWT security scheme on every operation but the public ones, the caller
 * ({@link CurrentUser}, resolved from the token) hidden, the problem+json responses each operation
 * can answer, {@code Idempotency-Key} on the POST commands that honour it, and the service's own
 * title, version and description ({@code lianxin.api.*}).
 */
@AutoConfiguration(after = {ChassisAutoConfiguration.class, LianxinWebAutoConfiguration.class})
@ConditionalOnClass(OpenAPI.class)
@EnableConfigurationProperties(ApiDocumentProperties.class)
public class LianxinOpenApiAutoConfiguration {

  /** The name of the security scheme in the document. */
  public static final String BEARER = "bearer-jwt";
  static final String PROBLEM = "Problem";
  static final String PROBLEM_JSON = "application/problem+json";

  static {
    // the caller is the token's subject, never a request parameter
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
  }

  @Bean
  OpenAPI lianxinOpenApi(ApiDocumentProperties api) {
    return new OpenAPI()
        .info(new Info().title(api.title()).version(api.version()).description(api.description()))
        .components(new Components()
            .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("A token from the congress's sign-in (on the devstack: "
                    + "POST /token with username=…)"))
        );
  }

  @Bean
  OpenApiCustomizer lianxinOperationContract(LianxinProperties properties) {
    return openApi -> {
      if (openApi.getComponents() == null) {
        openApi.setComponents(new Components());
      }
      openApi.getComponents().addSchemas(PROBLEM, problemSchema());
      if (openApi.getPaths() == null) {
        return;
      }
      openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
          describe(path, method, operation, properties.idempotencyExcludedPaths())));
    };
  }

  static void describe(String path, PathItem.HttpMethod method, Operation operation, List<String> idempotencyExcluded) {
    boolean open = isPublic(path);
    operation.setSecurity(open ? List.of() : List.of(new SecurityRequirement().addList(BEARER)));
    ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
    Map<String, String> problems = new TreeMap<>();
    boolean takesBody = operation.getRequestBody() != null;
    problems.put("400", "The request is not valid (the field in error is named in `errors`)");
    if (!open) {
      problems.put("401", "No token, or a token that is not valid");
      problems.put("403", "The caller's role does not allow this");
    }
    if (path.contains("{")) {
      problems.put("404", "No such item, or one the caller may not see");
    }
    if (method != PathItem.HttpMethod.GET) {
      problems.put("409", "Not allowed in the item's current state, or changed concurrently");
      problems.put("422", "Breaks a rule of the procedure");
    }
    if (takesBody) {
      problems.put("413", "The request body is too large");
      problems.put("415", "The body is not application/json");
    }
    problems.put("406", "The Accept header asks for a format the service does not offer");
    problems.put("429", "Too many requests");
    problems.put("500", "An unexpected error (never expected; reported with its trace id)");
    problems.put("503", "The service is not ready");
    problems.forEach((status, description) -> {
      if (!responses.containsKey(status)) {
        responses.addApiResponse(status, problem(description));
      }
    });
    ApiResponse created = responses.get("201");
    if (created != null && (created.getHeaders() == null || !created.getHeaders().containsKey("Location"))) {
      created.addHeaderObject("Location", new io.swagger.v3.oas.models.headers.Header()
          .description("The created item's URL").schema(new StringSchema().format("uri-reference")));
      created.setDescription("Created");
    }
    operation.setResponses(responses);
    if (method == PathItem.HttpMethod.POST && !open && !excluded(path, idempotencyExcluded) && !hasHeader(operation, IdempotencyKeyFilter.HEADER)) {
      operation.addParametersItem(new HeaderParameter().name(IdempotencyKeyFilter.HEADER).required(false)
          .description("Makes a retry safe: a repeated request with the same key gets the first answer; "
              + "1 to 200 characters, e.g. a UUID")
          .schema(new StringSchema().minLength(1).maxLength(200)).example("5f0c9a52-0d0e-4a79-9f43-3e1d3c1f7b10"));
    }
  }

  private static boolean hasHeader(Operation operation, String name) {
    if (operation.getParameters() == null) {
      return false;
    }
    for (Parameter p : operation.getParameters()) {
      if ("header".equals(p.getIn()) && name.equalsIgnoreCase(p.getName())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPublic(String path) {
    AntPathMatcher matcher = new AntPathMatcher();
    for (String pattern : LianxinSecurityAutoConfiguration.PUBLIC_PATHS) {
      if (matcher.match(pattern, path.replaceAll("\\{[^}]+}", "x"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean excluded(String path, List<String> patterns) {
    AntPathMatcher matcher = new AntPathMatcher();
    String concrete = path.replaceAll("\\{[^}]+}", "x");
    return patterns.stream().anyMatch(p -> matcher.match(p, concrete));
  }

  private static ApiResponse problem(String description) {
    return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Schema<?> problemSchema() {
    Map<String, Schema> props = new LinkedHashMap<>();
    props.put("type", new StringSchema().format("uri").description("The problem type, e.g. " + Problems.BASE + "validation")
        .example(Problems.BASE + "validation"));
    props.put("title", new StringSchema().description("zh-CN / en").example("请求参数无效 / Invalid request"));
    props.put("status", new IntegerSchema().example(400));
    props.put("detail", new StringSchema().example("title: must not be blank"));
    props.put("instance", new StringSchema().format("uri-reference").example("/api/v1/suggestions"));
    ObjectSchema fieldProblem = new ObjectSchema();
    fieldProblem.addProperty("field", new StringSchema().example("title"));
    fieldProblem.addProperty("message", new StringSchema().example("must not be blank"));
    props.put("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(fieldProblem)
        .description("For a 400 or 422: each field in error and why"));
    props.put("currentState", new StringSchema().description("For a 409: the item's state"));
    ObjectSchema problem = new ObjectSchema();
    problem.setProperties(props);
    problem.setRequired(new ArrayList<>(List.of("type", "title", "status")));
    problem.description("RFC 9457 problem details");
    return problem;
  }
}
