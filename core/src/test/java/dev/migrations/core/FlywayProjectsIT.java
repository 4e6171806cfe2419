package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.Corpus;
import dev.migrations.testsupport.PostgresTestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Three real Flyway projects (test-support's {@code corpus/flyway-*} sets: repeatable migrations, a
 * {@code CREATE INDEX CONCURRENTLY} file, an {@code afterMigrate.sql} callback, two locations) applied unchanged by
 * Flyway 11 into one database and by the engine into another: {@code pg_dump --schema-only} of both is identical, the
 * history rows are the ones Flyway writes, and each tool takes over the other's database with nothing to do.
 */
@org.junit.jupiter.api.Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class FlywayProjectsIT {

    private static final String TABLE = "flyway_schema_history";

    private final PostgresTestDatabase flywayDb = new PostgresTestDatabase();

    private final PostgresTestDatabase oursDb = new PostgresTestDatabase();

    @BeforeEach
    void createDatabases() {
        flywayDb.create();
        oursDb.create();
    }

    @AfterEach
    void dropDatabases() throws SQLException {
        String flywayName = flywayDb.name();
        String oursName = oursDb.name();
        flywayDb.drop();
        oursDb.drop();
        dropRole(flywayName);
        dropRole(oursName);
    }

    @ParameterizedTest
    @ValueSource(strings = {"flyway-marquez", "flyway-kestra", "flyway-covidcert"})
    void appliesAFlywayProjectUnchangedToFlywaysSchema(String set) throws Exception {
        String[] locations = locations(set);
        Role flywayRole = prepare(flywayDb);
        Role oursRole = prepare(oursDb);

        int flywayCount = flyway(flywayRole, locations).migrate().migrationsExecuted;
        MigrationResult ours = ours(oursRole, locations).migrate();

        assertThat(ours.executed()).hasSize(flywayCount);
        assertThat(dump(oursRole)).isEqualTo(dump(flywayRole));
        assertThat(FlywayDropInIT.rows(oursDb)).isEqualTo(FlywayDropInIT.rows(flywayDb));

        // take-over both ways: each tool finds the other's database up to date and valid
        flyway(oursRole, locations).validate();
        assertThat(flyway(oursRole, locations).migrate().migrationsExecuted).isZero();
        assertThat(ours(flywayRole, locations).migrate().executed()).isEmpty();
        ours(flywayRole, locations).validate();
        assertThat(dump(oursRole)).isEqualTo(dump(flywayRole));
    }

    /** A database and the login role that migrates it, as in production: not a superuser. */
    record Role(PostgresTestDatabase db, String name, String password) {}

    /** The locations of a set, as its project configures them. */
    static String[] locations(String set) {
        Path root = Corpus.set(set);
        return switch (set) {
            case "flyway-covidcert" ->
                new String[] {"filesystem:" + root.resolve("common"), "filesystem:" + root.resolve("postgresql")};
            default -> new String[] {"filesystem:" + root.resolve("migration")};
        };
    }

    /**
     * What the projects expect of the server: a migration role that is not a superuser, and for the covidcert
     * callback, which hands the migration role's objects to {@code <db>_role_full}, that role.
     */
    static Role prepare(PostgresTestDatabase db) {
        db.execute("CREATE ROLE " + db.name() + "_role_full");
        db.execute("GRANT ALL ON SCHEMA public TO " + db.name() + "_role_full");
        String password = "migrator-password";
        String role = db.createRoleWithPassword(password, "GRANT " + db.name() + "_role_full TO {role}");
        return new Role(db, role, password);
    }

    /** Drops what {@link #prepare} created, once the database is gone (roles outlive their database). */
    static void dropRole(String database) throws SQLException {
        try (Connection c = dev.migrations.testsupport.PostgresServer.get().adminConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP ROLE IF EXISTS " + database + "_role_full");
        }
    }

    static Flyway flyway(Role role, String... locations) {
        return Flyway.configure()
                .dataSource(role.db().jdbcUrl(), role.name(), role.password())
                .locations(locations)
                // Flyway's default transactional lock makes CREATE INDEX CONCURRENTLY wait for ever
                .configuration(java.util.Map.of("flyway.postgresql.transactional.lock", "false"))
                .cleanDisabled(true)
                .load();
    }

    static Migrator ours(Role role, String... locations) {
        return Migrator.create(
                role.db().dataSource(role.name(), role.password()),
                MigrationsConfig.builder().locations(locations).table(TABLE).build());
    }

    /**
     * {@code pg_dump --schema-only} of the database without the history table (its rows are compared on their own),
     * the database's name replaced so that two databases compare, and pg_dump's per-run {@code \restrict} key dropped.
     */
    static String dump(Role role) throws IOException, InterruptedException {
        PostgresTestDatabase db = role.db();
        List<String> command = new ArrayList<>(List.of(
                "pg_dump",
                "--schema-only",
                "--exclude-table=" + TABLE,
                "--host=" + db.server().host(),
                "--port=" + db.server().port(),
                "--username=" + db.user(),
                "--dbname=" + db.name()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (db.password() != null) {
            builder.environment().put("PGPASSWORD", db.password());
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException ex) {
            throw new IllegalStateException(
                    "pg_dump is needed on the PATH to compare schemas (install the PostgreSQL client)", ex);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("pg_dump failed: " + output);
        }
        StringBuilder normalized = new StringBuilder();
        for (String line : output.split("\n", -1)) {
            if (!line.startsWith("\\restrict") && !line.startsWith("\\unrestrict")) {
                normalized
                        .append(line.replace(db.name(), "<database>").replace(role.name(), "<migrator>"))
                        .append('\n');
            }
        }
        return normalized.toString();
    }
}
