package dev.migrations.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.migrations.core.ErrorCode;
import dev.migrations.core.MigrationException;
import dev.migrations.testsupport.PostgresTestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The startup modes against a real server, in the order a deployment would meet them. */
class MigrationsModesIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @Test
    void validateFailsWhileMigrationsArePendingThenMigrateAndExitAppliesThemAndExitsWithZero() {
        assertThatExceptionOfType(RuntimeException.class)
                .isThrownBy(() -> run("migrations.mode=validate").close())
                .havingRootCause()
                .isInstanceOfSatisfying(
                        MigrationException.class,
                        (ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.PENDING_MIGRATIONS));

        List<Integer> exits = new ArrayList<>();
        ConfigurableApplicationContext job = TestApplication.builder(
                        WebApplicationType.NONE, properties("migrations.mode=migrate-and-exit"))
                .initializers((context) -> context.getBeanFactory().registerSingleton("jvmExit", (JvmExit) exits::add))
                .run();
        assertThat(exits).containsExactly(0);
        assertThat(job.isActive()).isFalse();

        try (ConfigurableApplicationContext app = run("migrations.mode=validate")) {
            assertThat(app.getBean(JdbcTemplate.class).queryForList("SELECT name FROM person", String.class))
                    .containsExactly("Ada");
        }
    }

    @Test
    void dryRunAndNoneLeaveTheDatabaseAlone() {
        PostgresTestDatabase fresh = new PostgresTestDatabase().create();
        try {
            for (String property : List.of("migrations.dry-run=true", "migrations.mode=none")) {
                List<String> properties = new ArrayList<>(TestApplication.connectedTo(fresh));
                properties.add(property);
                try (ConfigurableApplicationContext app = TestApplication.builder(WebApplicationType.NONE, properties)
                        .run()) {
                    assertThat(app.getBean(JdbcTemplate.class)
                                    .queryForObject(
                                            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'person'",
                                            Integer.class))
                            .isZero();
                }
            }
        } finally {
            fresh.drop();
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void infoDowngradeAndBaselineModesRunOnceAndExit(CapturedOutput output) {
        PostgresTestDatabase fresh = new PostgresTestDatabase().create();
        try {
            assertThat(exitsWith(fresh, "migrations.mode=migrate-and-exit")).containsExactly(0);

            assertThat(exitsWith(fresh, "migrations.mode=info")).containsExactly(0);
            assertThat(output.getOut())
                    .contains(": current version 2, 0 pending")
                    .containsPattern("(?m)^1\\s+applied\\s+.*create person$")
                    .containsPattern("(?m)^2\\s+applied\\s+.*add email$");

            assertThat(exitsWith(fresh, "migrations.mode=downgrade", "migrations.dry-run=true"))
                    .containsExactly(0);
            assertThat(output.getOut()).contains("nothing is undone; this SQL would run:", "DELETE FROM");
            assertThat(columns(fresh)).contains("email");

            assertThat(exitsWith(fresh, "migrations.mode=downgrade")).containsExactly(0);
            assertThat(columns(fresh)).containsExactly("id", "name");
            assertThat(output.getOut())
                    .contains("Downgrade of schema \"public\" finished: 1 migration undone, now at version 1 (");
            assertThat(exitsWith(fresh, "migrations.mode=migrate-and-exit")).containsExactly(0);
            assertThat(columns(fresh)).containsExactly("id", "name", "email");
            assertThat(output.getOut())
                    .contains("Migrate of schema \"public\" finished: 1 migration applied, now at version 2 (")
                    .doesNotContain("change(s) made");
            assertThat(exitsWith(fresh, "migrations.mode=downgrade", "migrations.target=1"))
                    .containsExactly(0);
            assertThat(columns(fresh)).containsExactly("id", "name");

            fresh.execute("DROP TABLE migrations_history");
            fresh.execute("ALTER TABLE person ADD COLUMN email VARCHAR(200)");
            assertThat(exitsWith(fresh, "migrations.mode=baseline", "migrations.baseline-version=2"))
                    .containsExactly(0);
            assertThat(output.getOut()).contains("Baselined schema \"public\" at version 2");
            assertThat(output.getOut())
                    .contains("Baseline of schema \"public\" finished: Baselined schema \"public\" at version 2, now"
                            + " at version 2 (");
            assertThat(exitsWith(fresh, "migrations.mode=migrate-and-exit")).containsExactly(0);
            assertThat(output.getOut()).contains("is up to date at version 2");
        } finally {
            fresh.drop();
        }
    }

    private static List<Integer> exitsWith(PostgresTestDatabase database, String... extra) {
        List<String> properties = new ArrayList<>(TestApplication.connectedTo(database));
        properties.addAll(List.of(extra));
        List<Integer> exits = new ArrayList<>();
        ConfigurableApplicationContext app = TestApplication.builder(WebApplicationType.NONE, properties)
                .initializers((context) -> context.getBeanFactory().registerSingleton("jvmExit", (JvmExit) exits::add))
                .run();
        assertThat(app.isActive()).isFalse();
        return exits;
    }

    private static List<String> columns(PostgresTestDatabase database) {
        try (java.sql.Connection c = database.connect();
                java.sql.ResultSet rs = c.createStatement()
                        .executeQuery("SELECT column_name FROM information_schema.columns WHERE table_name = 'person'"
                                + " ORDER BY ordinal_position")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (java.sql.SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static ConfigurableApplicationContext run(String... extra) {
        return TestApplication.builder(WebApplicationType.NONE, properties(extra))
                .run();
    }

    private static List<String> properties(String... extra) {
        List<String> properties = new ArrayList<>(TestApplication.connectedTo(db));
        properties.addAll(List.of(extra));
        return properties;
    }
}
