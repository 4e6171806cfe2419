package dev.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.MigrationState;
import dev.migrations.core.Migrator;
import dev.migrations.testsupport.PostgresTestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The sample on PostgreSQL (profile {@code postgres}): its index is built CONCURRENTLY, outside a transaction. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
class SampleAppPostgresIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", () -> (db.password() != null) ? db.password() : "");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Migrator migrator;

    @Test
    void migratesPostgresAndServesTheEndpoints() throws Exception {
        assertThat(migrator.info().migrations())
                .hasSize(5)
                .allSatisfy((m) -> assertThat(m.state()).isEqualTo(MigrationState.APPLIED));
        assertThat(jdbc.queryForObject(
                        "SELECT indisvalid FROM pg_index WHERE indexrelid =" + " 'memberships_user_id'::regclass",
                        Boolean.class))
                .isTrue();

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> migrations = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/migrations"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(migrations.statusCode()).isEqualTo(200);
        assertThat(migrations.body()).contains("index memberships user", "postgresql/V5__index_memberships_user.sql");

        HttpResponse<String> readiness = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"migrations\"");

        // the downgrades work too: undo the index and the column, then apply them again
        assertThat(migrator.downgrade(2).finalVersion()).isEqualTo("3");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM information_schema.columns WHERE table_name = 'users'"
                                + " AND column_name = 'display_name'",
                        Integer.class))
                .isZero();
        assertThat(migrator.migrate().finalVersion()).isEqualTo("5");
    }
}
