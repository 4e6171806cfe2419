package dev.migrations.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.Migrator;
import dev.migrations.testsupport.PostgresTestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The endpoint's write operations, switched on by migrations.endpoint.write-operations-enabled. */
class MigrationsWriteEndpointIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    private final JsonMapper json = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void downgradeAndMigrateOverHttp() throws Exception {
        List<String> properties = new ArrayList<>(TestApplication.connectedTo(db));
        properties.add("server.port=0");
        properties.add("management.endpoints.web.exposure.include=migrations");
        properties.add("migrations.endpoint.write-operations-enabled=true");
        try (ConfigurableApplicationContext context =
                TestApplication.builder(WebApplicationType.SERVLET, properties).run()) {
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> down = post(base + "/actuator/migrations/downgrade", "{\"steps\":1}");
            assertThat(down.statusCode()).isEqualTo(200);
            JsonNode result = this.json.readTree(down.body());
            assertThat(result.path("operation").asString()).isEqualTo("downgrade");
            assertThat(result.path("finalVersion").asString()).isEqualTo("1");
            assertThat(result.path("executed").get(0).path("direction").asString())
                    .isEqualTo("down");
            assertThat(context.getBean(Migrator.class).info().currentVersion()).isEqualTo("1");

            HttpResponse<String> up = post(base + "/actuator/migrations/migrate", "{}");
            assertThat(up.statusCode()).isEqualTo(200);
            assertThat(this.json.readTree(up.body()).path("finalVersion").asString())
                    .isEqualTo("2");

            HttpResponse<String> bad = post(base + "/actuator/migrations/drop", "{}");
            assertThat(bad.statusCode()).isEqualTo(400);
            HttpResponse<String> ambiguous = post(base + "/actuator/migrations/downgrade", "{}");
            assertThat(ambiguous.statusCode()).isEqualTo(400);
        }
    }

    @Test
    void failuresAndBadRequestsSayWhyWithAFittingStatus() throws Exception {
        List<String> properties = new ArrayList<>(TestApplication.connectedTo(db));
        properties.add("server.port=0");
        properties.add("management.endpoints.web.exposure.include=migrations");
        properties.add("migrations.endpoint.write-operations-enabled=true");
        try (ConfigurableApplicationContext context =
                TestApplication.builder(WebApplicationType.SERVLET, properties).run()) {
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");

            HttpResponse<String> unknown = post(base + "/actuator/migrations/migrate", "{\"target\":\"99\"}");
            assertThat(unknown.statusCode()).isEqualTo(400);
            JsonNode failure = this.json.readTree(unknown.body());
            assertThat(failure.path("status").asInt()).isEqualTo(400);
            assertThat(failure.path("code").asString()).isEqualTo("MIG-041");
            assertThat(failure.path("message").asString())
                    .isEqualTo("Target version 99 is neither a local migration nor applied.");
            assertThat(failure.path("details").asString())
                    .isEqualTo("MIG-041 Target version 99 is neither a local migration nor applied.");
            assertThat(failure.path("action").asString())
                    .isEqualTo("Set migrations.target to an existing version, or to 'latest'.");

            // version 1 has no down part: nothing is undone, and the history is why
            HttpResponse<String> irreversible = post(base + "/actuator/migrations/downgrade", "{\"steps\":2}");
            assertThat(irreversible.statusCode()).isEqualTo(409);
            assertThat(this.json.readTree(irreversible.body()).path("code").asString())
                    .isEqualTo("MIG-040");
            assertThat(context.getBean(Migrator.class).info().currentVersion()).isEqualTo("2");

            HttpResponse<String> neither = post(base + "/actuator/migrations/downgrade", "{}");
            assertThat(neither.statusCode()).isEqualTo(400);
            assertThat(this.json.readTree(neither.body()).path("message").asString())
                    .isEqualTo("Give either steps (how many migrations to undo) or target (the version to go back"
                            + " to, or base) to downgrade, not neither");
            HttpResponse<String> notANumber = post(base + "/actuator/migrations/downgrade", "{\"steps\":\"one\"}");
            assertThat(notANumber.statusCode()).isEqualTo(400);
            assertThat(this.json.readTree(notANumber.body()).path("message").asString())
                    .isEqualTo("steps must be a whole number of migrations to undo, not 'one'");
            HttpResponse<String> unknownOperation = post(base + "/actuator/migrations/drop", "{}");
            assertThat(unknownOperation.statusCode()).isEqualTo(400);
            assertThat(this.json
                            .readTree(unknownOperation.body())
                            .path("message")
                            .asString())
                    .isEqualTo("Unknown operation 'drop'; use migrate or downgrade");
        }
    }

    private HttpResponse<String> post(String url, String body) throws Exception {
        return this.http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
