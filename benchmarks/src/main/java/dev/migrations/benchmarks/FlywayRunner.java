package dev.migrations.benchmarks;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Flyway with its defaults (validate on migrate, one transaction per migration, PostgreSQL advisory lock). */
final class FlywayRunner {

    private FlywayRunner() {}

    static void migrate(DataSource dataSource, Path dir) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("filesystem:" + dir.toAbsolutePath())
                .load()
                .migrate();
    }
}
