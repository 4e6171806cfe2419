package dev.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.test.MigrationsContract;
import dev.migrations.test.MigrationsKit;
import dev.migrations.test.MigrationsTest;
import dev.migrations.test.TestDatabase;
import dev.migrations.testsupport.PostgresTestDatabase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sample's migrations tested with the kit, the way a project does it: the contract's tests (lineage, upgrade,
 * stairway, no trace) plus a data test. The kit reads the database (JdbcConnectionDetails) and the migration
 * locations (the application's Migrator, with its per-vendor folder) from the Spring test context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("postgres")
@MigrationsTest(entityPackages = "dev.migrations.sample.domain")
class SampleAppMigrationsIT implements MigrationsContract {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", () -> (db.password() != null) ? db.password() : "");
    }

    @Test
    void usesTheApplicationsLocationsForPostgres(MigrationsKit kit) {
        assertThat(kit.config().locations())
                .containsExactly("classpath:db/migrations/common", "classpath:db/migrations/{vendor}");
        assertThat(kit.migrations())
                .extracting((m) -> m.script())
                .last()
                .isEqualTo("classpath:db/migrations/postgresql/V5__index_memberships_user.sql");
    }

    @Test
    void existingMembersKeepTheirRowsThroughTheDisplayNameAndTheIndex(TestDatabase data) {
        data.migrateTo("3")
                .sql("INSERT INTO users (email) VALUES (?)", "ada@example.com")
                .sql("INSERT INTO organizations (name) VALUES (?)", "Analytical Engines")
                .sql("INSERT INTO memberships (organization_id, user_id, role)"
                        + " SELECT o.id, u.id, 'owner' FROM organizations o, users u")
                .migrateUp()
                .migrateUp();

        assertThat(data.currentVersion()).isEqualTo("5");
        assertThat(data.query("SELECT u.email, u.display_name, m.role FROM users u"
                        + " JOIN memberships m ON m.user_id = u.id"))
                .containsExactly(row("email", "ada@example.com", "display_name", null, "role", "owner"));
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }
}
