package dev.migrations.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The health indicator over real HTTP, with Kubernetes probes: a schema that is not ready (here: an operator undid a
 * migration through the endpoint) takes the instance out of readiness, never out of liveness or
 * {@code /actuator/health}; and probes do not query the database each time.
 */
class MigrationsHealthIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    /** Connections opened through the application's only DataSource (the db indicator is off). */
    static final AtomicInteger connections = new AtomicInteger();

    private static final JsonMapper json = JsonMapper.builder().build();

    private static final HttpClient http = HttpClient.newHttpClient();

    private static ConfigurableApplicationContext context;

    private static String base;

    @BeforeAll
    static void start() {
        List<String> properties = new ArrayList<>();
        properties.add("server.port=0");
        properties.add("management.endpoints.web.exposure.include=migrations,health");
        properties.add("management.endpoint.health.show-details=always");
        properties.add("management.endpoint.health.probes.enabled=true");
        properties.add("management.endpoint.health.group.readiness.include=readinessState,migrations");
        properties.add("management.endpoint.health.group.readiness.show-details=always");
        properties.add("management.health.db.enabled=false");
        properties.add("migrations.endpoint.write-operations-enabled=true");
        properties.add("migrations.health.time-to-live=1h"); // only a run of this application refreshes the status
        context = TestApplication.builder(WebApplicationType.SERVLET, properties)
                .sources(CountingDataSource.class)
                .run();
        base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void pendingMigrationsTakeTheInstanceOutOfReadinessButNeverFailHealthOrLiveness() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);

        HttpResponse<String> down = post("/actuator/migrations/downgrade", "{\"steps\":1}");
        assertThat(down.statusCode()).isEqualTo(200);

        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode root = json.readTree(health.body());
        assertThat(root.path("status").asString()).isEqualTo("UP");
        JsonNode migrations = root.path("components").path("migrations");
        assertThat(migrations.path("status").asString()).isEqualTo("NOT_READY");
        assertThat(migrations.path("details").path("reason").asString()).isEqualTo("1 migration(s) pending");
        assertThat(migrations.path("details").path("pendingVersions").get(0).asString())
                .isEqualTo("2");

        HttpResponse<String> liveness = get("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(json.readTree(liveness.body()).path("status").asString()).isEqualTo("UP");

        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(503);
        JsonNode ready = json.readTree(readiness.body());
        assertThat(ready.path("status").asString()).isEqualTo("OUT_OF_SERVICE");
        assertThat(ready.path("components").path("migrations").path("status").asString())
                .isEqualTo("NOT_READY");
        assertThat(ready.path("components")
                        .path("readinessState")
                        .path("status")
                        .asString())
                .isEqualTo("UP");

        assertThat(post("/actuator/migrations/migrate", "{}").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(json.readTree(get("/actuator/health").body())
                        .path("components")
                        .path("migrations")
                        .path("status")
                        .asString())
                .isEqualTo("UP");
    }

    @Test
    void probesReuseTheStatusInsteadOfQueryingTheDatabaseEachTime() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200); // the status is read at most here
        int before = connections.get();
        for (int i = 0; i < 20; i++) {
            assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
            assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
            assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        }
        assertThat(connections.get() - before)
                .as("connections opened by 60 probes")
                .isZero();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Configuration(proxyBeanMethods = false)
    static class CountingDataSource {

        @Bean
        DataSource dataSource() {
            return new DelegatingDataSource(db.dataSource()) {
                @Override
                public Connection getConnection() throws SQLException {
                    connections.incrementAndGet();
                    return super.getConnection();
                }
            };
        }
    }
}
