package dev.migrations.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A running application on a random port, migrated at startup, queried over real HTTP. */
class MigrationsApplicationIT {

    /** The documentation's example of {@code GET /actuator/migrations}; rewritten by -Dmigrations.docs.update=true. */
    static final Path GOLDEN = Path.of("..", "docs", "examples", "actuator-migrations.json");

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    private static final JsonMapper json =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private static final HttpClient http = HttpClient.newHttpClient();

    private static ConfigurableApplicationContext context;

    private static String base;

    @BeforeAll
    static void start() {
        List<String> properties = new ArrayList<>(TestApplication.connectedTo(db));
        properties.add("server.port=0");
        properties.add("management.endpoints.web.exposure.include=migrations,health,prometheus");
        properties.add("management.endpoint.health.show-details=always");
        properties.add("management.endpoint.health.group.readiness.include=migrations");
        properties.add("management.endpoint.health.group.readiness.show-details=always");
        context =
                TestApplication.builder(WebApplicationType.SERVLET, properties).run();
        base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void migrationsRunBeforeJdbcTemplateBeansAreUsed() {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForList("SELECT name FROM person", String.class)).containsExactly("Ada");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM information_schema.columns WHERE table_name = 'person'"
                                + " AND column_name = 'email'",
                        Integer.class))
                .isOne();
    }

    @Test
    void endpointReportsEveryMigrationAndMatchesTheDocumentedExample() throws Exception {
        HttpResponse<String> response = get("/actuator/migrations");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode migrator = json.readTree(response.body()).path("migrators").path("migrator");
        assertThat(migrator.path("currentVersion").asString()).isEqualTo("2");
        assertThat(migrator.path("table").asString()).isEqualTo("migrations_history");
        assertThat(migrator.path("lock").path("held").asBoolean()).isFalse();
        assertThat(migrator.path("migrations")).hasSize(2);
        assertThat(migrator.path("migrations").get(0).path("state").asString()).isEqualTo("applied");
        assertThat(migrator.path("migrations").get(0).path("installedBy").asString())
                .isEqualTo(db.user());
        String normalised = json.writeValueAsString(normalise(json.readTree(response.body()))) + "\n";
        if (Boolean.getBoolean("migrations.docs.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, normalised, StandardCharsets.UTF_8);
        }
        assertThat(GOLDEN)
                .as("docs/examples/actuator-migrations.json; run with -Dmigrations.docs.update=true to rewrite it")
                .exists();
        assertThat(normalised).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void writeOperationsAreRejectedByDefault() throws Exception {
        HttpResponse<String> response = post("/actuator/migrations/downgrade", "{\"steps\":1}");
        assertThat(response.statusCode()).isIn(404, 405);
        assertThat(context.getBean(dev.migrations.core.Migrator.class).info().currentVersion())
                .isEqualTo("2");
    }

    @Test
    void healthIsUpWithTheCurrentVersion() throws Exception {
        HttpResponse<String> response = get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode migrations = json.readTree(response.body()).path("components").path("migrations");
        assertThat(migrations.path("status").asString()).isEqualTo("UP");
        assertThat(migrations.path("details").path("currentVersion").asString()).isEqualTo("2");
        assertThat(migrations.path("details").path("pending").asInt()).isZero();
    }

    @Test
    void readinessGroupIncludesMigrations() throws Exception {
        HttpResponse<String> response = get("/actuator/health/readiness");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode readiness = json.readTree(response.body());
        assertThat(readiness.path("status").asString()).isEqualTo("UP");
        assertThat(readiness
                        .path("components")
                        .path("migrations")
                        .path("status")
                        .asString())
                .isEqualTo("UP");
    }

    @Test
    void prometheusShowsTheMigrationMeters() throws Exception {
        HttpResponse<String> response = get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("migrations_applied 2.0")
                .contains("migrations_pending 0.0")
                .contains(
                        "migrations_migration_duration_seconds_count{direction=\"up\",outcome=\"success\",version=\"1\"} 1")
                .contains(
                        "migrations_migration_duration_seconds_count{direction=\"up\",outcome=\"success\",version=\"2\"} 1")
                .contains("migrations_lock_wait_seconds_count 1");
    }

    /** Replaces what changes from run to run (times, durations, server version, process ids) with fixed values. */
    private static JsonNode normalise(JsonNode root) {
        for (JsonNode migrator : root.path("migrators")) {
            ObjectNode object = (ObjectNode) migrator;
            object.put("database", "PostgreSQL 15");
            ObjectNode lock = (ObjectNode) object.path("lock");
            if (lock.has("pid") && !lock.path("pid").isNull()) {
                lock.put("pid", 12345);
            }
            if (lock.has("since") && !lock.path("since").isNull()) {
                lock.put("since", "2026-01-01T12:00:00Z");
            }
            for (JsonNode migration : object.path("migrations")) {
                ObjectNode m = (ObjectNode) migration;
                if (!m.path("installedOn").isNull()) {
                    m.put("installedOn", "2026-01-01T12:00:00Z");
                }
                if (!m.path("installedBy").isNull()) {
                    m.put("installedBy", "postgres"); // the server's admin user: "postgres" here, another in containers
                }
                if (!m.path("executionTimeMillis").isNull()) {
                    m.put("executionTimeMillis", 5);
                }
            }
        }
        return root;
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
