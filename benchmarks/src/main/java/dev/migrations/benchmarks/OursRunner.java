package dev.migrations.benchmarks;

import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.Migrator;
import java.nio.file.Path;
import javax.sql.DataSource;

/** This project, configured as an application would: a filesystem location, every other option at its default. */
final class OursRunner {

    private OursRunner() {}

    static void migrate(DataSource dataSource, Path dir) {
        Migrator.create(
                        dataSource,
                        MigrationsConfig.builder()
                                .locations("filesystem:" + dir.toAbsolutePath())
                                .build())
                .migrate();
    }
}
