package dev.migrations.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.io.IOException;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Health, the {@code migrations.pending} gauge and the endpoint over real HTTP, on a schema where a migration older
 * than the newest applied one appeared (a merge of two branches): all three read core's decision, so an out-of-order
 * migration is pending when {@code migrations.out-of-order=true} and a problem, not pending, when it is not.
 */
class MigrationsOutOfOrderAgreementIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    private static final JsonMapper json = JsonMapper.builder().build();

    private static final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path migrations;

    @Test
    void allowedOutOfOrderMigrationIsPendingForHealthTheGaugeAndTheEndpoint() throws Exception {
        try (ConfigurableApplicationContext context = startWithOutOfOrderMigration("ooo_allowed", true)) {
            String base = base(context);
            JsonNode health = get(base, "/actuator/health/migrations");
            assertThat(health.path("status").asString()).isEqualTo("UP");
            assertThat(health.path("details").path("pending").asInt()).isEqualTo(1);
            assertThat(health.path("details").has("outOfOrder")).isFalse();

            assertThat(gauge(base)).isEqualTo(1.0);

            JsonNode migrator =
                    get(base, "/actuator/migrations").path("migrators").path("migrator");
            assertThat(migrator.path("pending").asInt()).isEqualTo(1);
            assertThat(migrator.path("problems").isEmpty()).isTrue();
        }
    }

    @Test
    void refusedOutOfOrderMigrationIsAProblemAndNotPendingForHealthTheGaugeAndTheEndpoint() throws Exception {
        try (ConfigurableApplicationContext context = startWithOutOfOrderMigration("ooo_refused", false)) {
            String base = base(context);
            JsonNode health = get(base, "/actuator/health/migrations");
            assertThat(health.path("status").asString()).isEqualTo("NOT_READY");
            assertThat(health.path("details").path("pending").asInt()).isZero();
            assertThat(health.path("details").path("outOfOrder").get(0).asString())
                    .isEqualTo("2");
            assertThat(health.path("details").path("reason").asString())
                    .isEqualTo("a migration is older than the newest applied one");

            assertThat(gauge(base)).as("out of order, not pending").isZero();

            JsonNode migrator =
                    get(base, "/actuator/migrations").path("migrators").path("migrator");
            assertThat(migrator.path("pending").asInt()).isZero();
            JsonNode problem = migrator.path("problems").get(0);
            assertThat(migrator.path("problems").size()).isOne();
            assertThat(problem.path("kind").asString()).isEqualTo("outOfOrder");
            assertThat(problem.path("code").asString()).isEqualTo("MIG-010");
            assertThat(problem.path("reason").asString())
                    .isEqualTo(health.path("details").path("reason").asString());
            assertThat(problem.path("subjects").get(0).asString()).isEqualTo("2");
        }
    }

    /**
     * Applies V1 and V3 to {@code table}, adds V2, and starts an application that does not migrate at startup (so it
     * starts whatever the schema) with {@code migrations.out-of-order} as given.
     */
    private ConfigurableApplicationContext startWithOutOfOrderMigration(String table, boolean outOfOrder)
            throws IOException {
        Files.writeString(this.migrations.resolve("V1__create_ooo.sql"), "CREATE TABLE " + table + " (id INT);\n");
        Files.writeString(
                this.migrations.resolve("V3__add_name.sql"), "ALTER TABLE " + table + " ADD COLUMN name TEXT;\n");
        List<String> properties = new ArrayList<>(TestApplication.connectedTo(db));
        properties.add("migrations.locations=filesystem:" + this.migrations);
        properties.add("migrations.table=" + table + "_history");
        TestApplication.builder(WebApplicationType.NONE, properties).run().close();
        Files.writeString(
                this.migrations.resolve("V2__add_email.sql"), "ALTER TABLE " + table + " ADD COLUMN email TEXT;\n");

        properties.add("migrations.mode=none");
        properties.add("migrations.out-of-order=" + outOfOrder);
        properties.add("server.port=0");
        properties.add("management.endpoints.web.exposure.include=migrations,health,metrics");
        properties.add("management.endpoint.health.show-details=always");
        properties.add("management.health.db.enabled=false");
        return TestApplication.builder(WebApplicationType.SERVLET, properties).run();
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    /** The gauge's value as {@code /actuator/metrics} reports it. */
    private static double gauge(String base) throws Exception {
        JsonNode metric = get(base, "/actuator/metrics/migrations.pending");
        assertThat(metric.path("measurements").get(0).path("statistic").asString())
                .isEqualTo("VALUE");
        return metric.path("measurements").get(0).path("value").asDouble();
    }

    private static JsonNode get(String base, String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isIn(200, 503);
        return json.readTree(response.body());
    }
}
