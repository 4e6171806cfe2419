package dev.migrations.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.Migrator;
import dev.migrations.testsupport.PostgresTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every scenario, on real PostgreSQL: the generated file, applied by the engine to the before-state, gives a schema
 * equal to the desired one (and a new diff finds no changes); its down part, applied by the engine's downgrade, gives
 * the before-state back.
 */
class ScenarioCorpusIT {

    /** Where the migrations run. */
    @RegisterExtension
    static final PostgresTestDatabase current = new PostgresTestDatabase();

    /** Where the desired schema is built. */
    @RegisterExtension
    static final PostgresTestDatabase desired = new PostgresTestDatabase();

    @TempDir
    Path dir;

    static List<Scenario> scenarios() {
        return Scenarios.all();
    }

    @Test
    void corpusCoversAtLeastFortyChanges() {
        assertThat(Scenarios.all()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(Scenarios.all()).extracting(Scenario::name).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void upReachesTheDesiredSchemaAndDownComesBack(Scenario scenario) throws Exception {
        reset(current);
        reset(desired);
        execute(current, scenario.before());
        execute(desired, scenario.after());
        SchemaSnapshot before = snapshot(current);
        SchemaSnapshot wanted = snapshot(desired);

        SchemaMigration migration = SchemaDiff.between(before, wanted, scenario.options());
        String file = migration.render();
        assertThat(migration.isEmpty()).as("the scenario changes something").isFalse();
        for (String expected : scenario.fileContains()) {
            assertThat(file).contains(expected);
        }

        // the "before" schema is an existing database: baseline it at version 1 (MIG-043 otherwise), then migrate
        Files.writeString(dir.resolve("V2__generated.sql"), file);
        Migrator migrator = Migrator.create(
                current.dataSource(),
                MigrationsConfig.builder()
                        .locations("filesystem:" + dir)
                        .baselineOnMigrate(true)
                        .build());
        migrator.migrate();
        SchemaSnapshot upgraded = snapshot(current);
        assertThat(SchemaComparison.of(wanted, upgraded).describe())
                .as("after up:\n%s", file)
                .isEqualTo("schemas are equal");
        assertThat(SchemaDiff.between(upgraded, wanted).summary()).isEqualTo("no changes");

        migrator.downgrade(1);
        assertThat(SchemaComparison.of(before, snapshot(current)).describe())
                .as("after down:\n%s", file)
                .isEqualTo("schemas are equal");
    }

    static void reset(PostgresTestDatabase database) {
        database.execute("""
                DO $$DECLARE r record;
                BEGIN
                  FOR r IN SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' LOOP
                    EXECUTE 'DROP EXTENSION ' || quote_ident(r.extname) || ' CASCADE';
                  END LOOP;
                  FOR r IN SELECT nspname FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema',
                      'pg_toast') AND nspname NOT LIKE 'pg\\_temp\\_%' AND nspname NOT LIKE 'pg\\_toast\\_temp\\_%' LOOP
                    EXECUTE 'DROP SCHEMA ' || quote_ident(r.nspname) || ' CASCADE';
                  END LOOP;
                END$$;
                CREATE SCHEMA public;
                COMMENT ON SCHEMA public IS 'standard public schema';
                """);
    }

    static void execute(PostgresTestDatabase database, String sql) {
        if (!sql.isBlank()) {
            database.execute(sql);
        }
    }

    static SchemaSnapshot snapshot(PostgresTestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return SchemaSnapshot.read(connection);
        }
    }
}
