package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A start with nothing to do is cheap whatever the history's size; applying N migrations costs O(N) queries. */
class QueryCountIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    static Path dir;

    private static Path migrations(String name, int count) throws IOException {
        Path location = dir.resolve(name);
        if (!Files.isDirectory(location)) {
            Files.createDirectories(location);
            for (int i = 1; i <= count; i++) {
                Files.writeString(
                        location.resolve("V" + i + "__table_" + i + ".sql"), "CREATE TABLE t_" + i + " (id int);\n");
            }
        }
        return location;
    }

    private static MigrationsConfig.Builder config(Path location) {
        return MigrationsConfig.builder().locations("filesystem:" + location);
    }

    @Test
    void noOpStartWithAThousandAppliedMigrationsNeedsOneQuery() throws Exception {
        db.execute("CREATE SCHEMA qc_thousand");
        // the tables land in the first schema of the search_path; so does the history without an explicit schema
        db.execute("ALTER DATABASE " + db.name() + " SET search_path = qc_thousand");
        Path location = migrations("thousand", 1000);
        MigrationResult first =
                Migrator.create(db.dataSource(), config(location).build()).migrate();
        assertThat(first.executed()).hasSize(1000);
        assertThat(first.schema()).isEqualTo("qc_thousand");

        CountingDataSource counting = new CountingDataSource(db.dataSource());
        MigrationResult implicit =
                Migrator.create(counting.dataSource(), config(location).build()).migrate();
        assertThat(implicit.executed()).isEmpty();
        assertThat(implicit.finalVersion()).isEqualTo("1000");
        System.out.println("No-op start without a schema: " + counting.log());
        // the current schema and the history in one query (PostgreSQL)
        assertThat(counting.count())
                .as("queries without a schema: %s", counting.log())
                .isEqualTo(1);

        counting.reset();
        MigrationResult explicit = Migrator.create(
                        counting.dataSource(),
                        config(location).schema("qc_thousand").build())
                .migrate();
        assertThat(explicit.executed()).isEmpty();
        assertThat(explicit.finalVersion()).isEqualTo("1000");
        System.out.println("No-op start with a schema: " + counting.log());
        assertThat(counting.count())
                .as("queries with a schema: %s", counting.log())
                .isEqualTo(1);

        counting.reset();
        assertThat(Migrator.create(
                                counting.dataSource(),
                                config(location).schema("qc_thousand").build())
                        .info()
                        .currentVersion())
                .isEqualTo("1000");
        System.out.println("info(): " + counting.log());
        assertThat(counting.count()).as("queries of info(): %s", counting.log()).isLessThanOrEqualTo(3);
    }

    @Test
    void applyingMigrationsCostsAConstantNumberOfQueriesEach() throws Exception {
        int fifty = queriesToApply("qc_fifty", migrations("fifty", 50));
        int hundred = queriesToApply("qc_hundred", migrations("hundred", 100));
        int perMigration = (hundred - fifty) / 50;
        System.out.println("Queries to apply 50 migrations: " + fifty + ", 100 migrations: " + hundred);
        assertThat(hundred - fifty).as("50 more migrations cost 50 * k queries").isEqualTo(50 * perMigration);
        assertThat(perMigration).isBetween(1, 5);
        // and the fixed part is the same small overhead
        assertThat(fifty - 50 * perMigration).isLessThanOrEqualTo(12);
    }

    private static int queriesToApply(String schema, Path location) throws Exception {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        // each migration creates an unqualified table: point the role's search_path at the schema for this run
        CountingDataSource counting = new CountingDataSource(
                new DriverManagerDataSource(db.jdbcUrl() + "?currentSchema=" + schema, db.user(), null));
        MigrationResult result = Migrator.create(
                        counting.dataSource(), config(location).schema(schema).build())
                .migrate();
        assertThat(result.finalVersion()).isNotNull();
        return counting.count();
    }
}
