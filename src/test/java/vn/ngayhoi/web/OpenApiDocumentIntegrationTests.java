package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;

/**
 * The OpenAPI document as the running application serves it. It is written to
 * {@code target/openapi.json}, which {@code .ci/run} lints with Redocly CLI after the suite (any error
 * fails the build); here, what the linter cannot know: every operation says who may call it and
 * what it answers.
 */
@IntegrationTest
class OpenApiDocumentIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theServedDocumentDescribesTheApiAsAProductAndIsWrittenForTheLinter() throws Exception {
        Api.Reply reply = new Api(port).get("/v3/api-docs", "thuongtruc", Api.DEMO_PASSWORD);
        assertThat(reply.status()).isEqualTo(200);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi.json"), reply.body(), StandardCharsets.UTF_8);

        JsonNode doc = reply.json();
        assertThat(doc.get("info").get("title").asString()).isEqualTo("Ngày hội API");
        assertThat(doc.get("info").get("version").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(doc.get("info").get("license").get("name").asString()).isNotBlank();
        assertThat(doc.get("info").get("contact").get("email").asString()).contains("@");
        JsonNode schemes = doc.get("components").get("securitySchemes");
        assertThat(schemes.get("basicAuth").get("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.get("bearerAuth").get("scheme").asString()).isEqualTo("bearer");
        assertThat(doc.get("security").toString()).contains("basicAuth").contains("bearerAuth");

        int operations = 0;
        for (var path : doc.get("paths").properties()) {
            for (var op : path.getValue().properties()) {
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                operations++;
                assertThat(operation.path("summary").asString(""))
                        .as(where + " summary")
                        .isNotBlank();
                assertThat(operation.get("tags")).as(where + " tags").isNotEmpty();
                JsonNode responses = operation.get("responses");
                assertThat(responses.propertyNames().stream().anyMatch(code -> code.startsWith("2")))
                        .as(where + " 2xx")
                        .isTrue();
                for (var response : responses.properties()) {
                    if (response.getKey().startsWith("4")) {
                        assertThat(response.getValue().toString())
                                .as(where + " " + response.getKey())
                                .contains("#/components/schemas/ApiError");
                    }
                }
                if (path.getKey().startsWith("/public/")) {
                    // The forum's public API: no credentials, so no scheme and no 401.
                    assertThat(operation.get("security"))
                            .as(where + " security")
                            .isEmpty();
                    assertThat(responses.has("401")).as(where + " 401").isFalse();
                } else {
                    assertThat(responses.has("401")).as(where + " 401").isTrue();
                }
            }
        }
        assertThat(operations).isGreaterThan(30);
        // The codes the code answers: a festival is created with 201, a token revoked with 204.
        assertThat(doc.get("paths")
                        .get("/api/v1/festivals")
                        .get("post")
                        .get("responses")
                        .has("201"))
                .isTrue();
        assertThat(doc.get("paths")
                        .get("/api/v1/me/tokens/{id}")
                        .get("delete")
                        .get("responses")
                        .has("204"))
                .isTrue();
        assertThat(doc.get("paths")
                        .get("/api/v1/tasks/{id}/progress")
                        .get("post")
                        .get("requestBody")
                        .get("content")
                        .has("multipart/form-data"))
                .isTrue();
    }
}
