package dev.migrations.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A migration that moves its session's search_path does not move the application's: with a pool of one connection,
 * the connection the migrations borrowed serves the application's queries and the actuator over real HTTP afterwards.
 */
class MigrationsSessionStateIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path dir;

    @Test
    void aMigrationsSearchPathDoesNotReachTheApplication() throws Exception {
        Files.writeString(
                dir.resolve("V1__users.sql"), "CREATE TABLE users (id int);\nINSERT INTO users VALUES (1);\n");
        Files.writeString(
                dir.resolve("V2__reports.sql"),
                "CREATE SCHEMA reports;\nSET search_path TO reports;\nCREATE TABLE daily (id int);\n");
        List<String> properties = new ArrayList<>(TestApplication.connectedTo(db));
        properties.add("spring.datasource.hikari.maximum-pool-size=1");
        properties.add("migrations.locations=filesystem:" + dir);
        properties.add("server.port=0");
        properties.add("management.endpoints.web.exposure.include=migrations,health");
        properties.add("management.endpoint.health.show-details=always");
        try (ConfigurableApplicationContext context =
                TestApplication.builder(WebApplicationType.SERVLET, properties).run()) {
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newHttpClient();
            JsonMapper json = JsonMapper.builder().build();

            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            JsonNode migrations =
                    json.readTree(health.body()).path("components").path("migrations");
            assertThat(migrations.path("status").asString()).isEqualTo("UP");
            assertThat(migrations.path("details").path("currentVersion").asString())
                    .isEqualTo("2");
            assertThat(migrations.path("details").path("pending").asInt()).isZero();

            HttpResponse<String> endpoint = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/actuator/migrations"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(endpoint.statusCode()).isEqualTo(200);
            JsonNode migrator = json.readTree(endpoint.body()).path("migrators").path("migrator");
            assertThat(migrator.path("schema").asString()).isEqualTo("public");
            assertThat(migrator.path("currentVersion").asString()).isEqualTo("2");

            // the application's own query, on the one connection the migrations used
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM users", Integer.class))
                    .isOne();
            assertThat(jdbc.queryForObject("SELECT current_setting('search_path')", String.class))
                    .isEqualTo("\"$user\", public");
        }
    }
}
