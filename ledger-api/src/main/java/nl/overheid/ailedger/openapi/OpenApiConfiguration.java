package nl.overheid.ailedger.openapi;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import nl.overheid.ailedger.core.api.commitment.Kamerstuk;
import nl.overheid.ailedger.core.api.commitment.PartialDate;
import nl.overheid.ailedger.web.ApiVersionFilter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: bearer authentication, the API-Version header on every response, and the problem
 * responses each operation can give, described once here rather than on every controller method.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PROBLEM = "Problem";
    private static final String API_VERSION = "ApiVersion";
    private static final String BEARER = "bearer";
    private static final String BASE_PATH = "/api/v1";

    static {
        SpringDocUtils.getConfig().replaceWithSchema(PartialDate.class, new StringSchema()
                .pattern("^" + PartialDate.PATTERN + "$").maxLength(10).example("2023-04")
                .description("A date as precise as its source gives it: a day (2024-01-18), a month (2024-01) or "
                        + "a year (2024)"));
        ObjectSchema kamerstuk = new ObjectSchema();
        kamerstuk.description("A Kamerstuk, cited as \"Kamerstukken 2023/24, 26 643, nr. 1125\"");
        kamerstuk.setRequired(List.of("vergaderjaar", "dossier", "number"));
        kamerstuk.setProperties(Map.of(
                "vergaderjaar", new StringSchema().pattern("^" + Kamerstuk.VERGADERJAAR + "$").maxLength(9)
                        .example("2023-2024"),
                "dossier", new StringSchema().pattern("^" + Kamerstuk.DOSSIER + "$").maxLength(14).example("26 643"),
                "number", new StringSchema().pattern("^" + Kamerstuk.NUMBER + "$").maxLength(6).example("1125")));
        SpringDocUtils.getConfig().replaceWithSchema(Kamerstuk.class, kamerstuk);
    }

    @Bean
    OpenAPI ledgerOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("AI-governance ledger")
                        .version(ApiVersionFilter.VERSION)
                        .description("Event-sourced ledger of the governance of AI applications of the Dutch "
                                + "government: registrations, governance steps, read models and audit.")
                        .contact(new Contact().name("Team AI-governance ledger").email("ledger@example.org")
                                .url("https://ledger.example.org")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("A token issued by the ledger"))
                        .addHeaders(API_VERSION, new Header().description("Full semantic version of the API")
                                .schema(new StringSchema().example(ApiVersionFilter.VERSION))))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .tags(List.of(
                        new Tag().name("Applications").description("AI applications (toepassingen): registration, "
                                + "governance steps, views at any moment, history"),
                        new Tag().name("Organisations").description("Government organisations"),
                        new Tag().name("Credentials").description("Bearer credentials")));
    }

    /**
     * Paths relative to the server {@code /api/v1}, as the ADR ask (major version in the server URI), and
     * the problem responses of every operation.
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            Paths relative = new Paths();
            openApi.getPaths().forEach((path, item) -> {
                item.readOperationsMap().forEach((method, operation) -> describe(path, method, operation));
                relative.addPathItem(path.substring(BASE_PATH.length()), item);
            });
            openApi.setPaths(relative);
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.setServers(List.of(new Server().url(BASE_PATH).description("this ledger")));
        };
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        responses.values().forEach(OpenApiConfiguration::withVersionHeader);
        if (path.endsWith("/openapi.json")) {
            operation.setSecurity(List.of());
            return;
        }
        problem(responses, "400", "Malformed or invalid input; invalidParams names each wrong field");
        problem(responses, "401", "No bearer token, or an unknown or revoked one");
        problem(responses, "403", "The credential may not do this");
        if (path.contains("{")) {
            problem(responses, "404", "Unknown resource, or not known at the asked moment");
        }
        if (method == PathItem.HttpMethod.POST) {
            problem(responses, "409", "Lifecycle conflict, duplicate id, or Idempotency-Key reused");
            problem(responses, "413", "The request body is larger than allowed");
            if (path.startsWith("/api/v1/applications")) {
                problem(responses, "422", "Refused by the policy; violations names every unmet rule (R1..R6)");
            }
        }
        problem(responses, "500", "Failure of the ledger; nothing was stored for the request");
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, withVersionHeader(new ApiResponse().description(description)
                    .content(new Content().addMediaType("application/problem+json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
        }
    }

    private static ApiResponse withVersionHeader(ApiResponse response) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(ApiVersionFilter.HEADER)) {
            response.addHeaderObject(ApiVersionFilter.HEADER,
                    new Header().$ref("#/components/headers/" + API_VERSION));
        }
        return response;
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        ObjectSchema param = new ObjectSchema();
        param.setProperties(Map.of("name", new StringSchema(), "reason", new StringSchema()));
        ObjectSchema violation = new ObjectSchema();
        violation.setProperties(Map.of("rule", new StringSchema()._enum(List.of("R1", "R2", "R3", "R4", "R5", "R6")),
                "message", new StringSchema()));
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details");
        problem.setProperties(Map.of(
                "type", new StringSchema().format("uri"),
                "title", new StringSchema(),
                "status", new IntegerSchema(),
                "detail", new StringSchema(),
                "instance", new StringSchema(),
                "invalidParams", new ArraySchema().items(param),
                "violations", new ArraySchema().items(violation)));
        return problem;
    }
}
