package vn.ngayhoi.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document as a product (ADR 0022): title, version, licence and contact; Basic and
 * Bearer applied to every operation; a Vietnamese summary and tag on every operation from the
 * message files ({@code openapi.op.<method>.<path>}, {@code openapi.tag.<controller>}); and the
 * error body, {@code ApiError}, on every 4xx the operation can answer.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

    static final String ERROR_SCHEMA = "ApiError";

    @Bean
    OpenApiCustomizer ngayhoiOpenApi(
            MessageSource messages,
            @Value("${ngayhoi.api.version}") String version,
            @Value("${ngayhoi.api.contact-name}") String contactName,
            @Value("${ngayhoi.api.contact-email}") String contactEmail,
            @Value("${ngayhoi.api.license-name}") String licenseName,
            @Value("${ngayhoi.api.license-identifier}") String licenseIdentifier) {
        return openApi -> {
            openApi.info(new Info()
                    .title("Ngày hội API")
                    .version(version)
                    .description(text(messages, "openapi.description"))
                    .contact(new Contact().name(contactName).email(contactEmail))
                    .license(new License().name(licenseName).identifier(licenseIdentifier)));
            openApi.servers(List.of(new Server().url("/").description(text(messages, "openapi.server"))));
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            components.addSecuritySchemes(
                    "basicAuth",
                    new SecurityScheme()
                            .type(SecurityScheme.Type.HTTP)
                            .scheme("basic")
                            .description(text(messages, "openapi.security.basic")));
            components.addSecuritySchemes(
                    "bearerAuth",
                    new SecurityScheme()
                            .type(SecurityScheme.Type.HTTP)
                            .scheme("bearer")
                            .description(text(messages, "openapi.security.bearer")));
            components.addSchemas(ERROR_SCHEMA, errorSchema(messages));
            openApi.components(components);
            openApi.security(List.of(
                    new SecurityRequirement().addList("basicAuth"), new SecurityRequirement().addList("bearerAuth")));
            Map<String, Tag> tags = new TreeMap<>();
            openApi.getPaths()
                    .forEach((path, item) -> item.readOperationsMap()
                            .forEach((method, operation) -> describe(messages, path, method, operation, tags)));
            openApi.tags(new ArrayList<>(tags.values()));
        };
    }

    private static void describe(
            MessageSource messages,
            String path,
            PathItem.HttpMethod method,
            Operation operation,
            Map<String, Tag> tags) {
        String key = "openapi.op." + method.name().toLowerCase(Locale.ROOT) + "."
                + path.replace("{", "").replace("}", "").replaceAll("^/", "").replace('/', '.');
        operation.summary(text(messages, key));
        List<String> named = new ArrayList<>();
        for (String tag : operation.getTags() == null ? List.<String>of() : operation.getTags()) {
            String name = text(messages, "openapi.tag." + tag);
            named.add(name);
            tags.putIfAbsent(name, new Tag().name(name).description(text(messages, "openapi.tag." + tag + ".about")));
        }
        operation.tags(named);
        ApiResponses responses = operation.getResponses();
        responses.forEach((code, response) -> mediaTypes(path, response));
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        boolean scoped = path.contains("{")
                || (operation.getParameters() != null
                        && operation.getParameters().stream()
                                .anyMatch(p -> List.of("unit", "campaign").contains(p.getName())));
        if (takesInput) {
            responses.addApiResponse("400", error(messages, "openapi.response.400"));
        }
        if (path.startsWith("/public/")) {
            // The forum's public API needs no account: no scheme applies, nothing answers 401.
            operation.security(List.of());
        } else {
            responses.addApiResponse("401", error(messages, "openapi.response.401"));
        }
        if (write || path.equals("/api/v1/tokens")) {
            responses.addApiResponse("403", error(messages, "openapi.response.403"));
        }
        if (scoped) {
            responses.addApiResponse("404", error(messages, "openapi.response.404"));
        }
        if (write) {
            responses.addApiResponse("409", error(messages, "openapi.response.409"));
        }
    }

    /** Spring's "*{@literal /}*" replaced by what the endpoint really sends. */
    private static void mediaTypes(String path, ApiResponse response) {
        Content content = response.getContent();
        if (content == null || !content.containsKey("*/*")) {
            return;
        }
        MediaType any = content.remove("*/*");
        String type = path.endsWith(".ics")
                ? "text/calendar"
                : path.endsWith(".pdf")
                        ? "application/pdf"
                        : path.endsWith(".docx")
                                ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                                : org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
        if (!type.equals(org.springframework.http.MediaType.APPLICATION_JSON_VALUE)) {
            any.schema(new StringSchema().format("binary"));
        }
        content.addMediaType(type, any);
    }

    private static ApiResponse error(MessageSource messages, String key) {
        return new ApiResponse()
                .description(text(messages, key))
                .content(new Content()
                        .addMediaType(
                                org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema errorSchema(MessageSource messages) {
        Schema problem =
                new ObjectSchema().addProperty("field", new StringSchema()).addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description(text(messages, "openapi.error"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("error", new StringSchema().example("Bad Request"))
                .addProperty("message", new StringSchema().example(text(messages, "openapi.error.example")))
                .addProperty("errorId", new StringSchema().description(text(messages, "openapi.error.id")))
                .addProperty("problems", new ArraySchema().items(problem))
                .required(List.of("status", "error", "message"));
    }

    private static String text(MessageSource messages, String key) {
        return messages.getMessage(key, null, key, LocaleConfiguration.VIETNAMESE);
    }
}
