package dev.migrations.maven;

import dev.migrations.core.MigrationResult;
import dev.migrations.core.Migrator;
import dev.migrations.tooling.Backup;
import dev.migrations.tooling.Reports;
import dev.migrations.tooling.Settings;
import java.io.File;
import java.time.Clock;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/** Applies the pending migrations ({@code migrations upgrade}, {@code alembic upgrade head}). */
@Mojo(name = "migrate", requiresProject = true, threadSafe = true)
public class MigrateMojo extends AbstractMigrationsMojo {

    /** Version to upgrade to (default: the latest). */
    @Parameter(property = "migrations.target")
    @Nullable
    String target;

    /** When set, a pg_dump -Fc backup of the database is written into this folder before anything is applied. */
    @Parameter(property = "migrations.backup")
    @Nullable
    File backup;

    @Override
    void run(Settings settings) {
        Migrator migrator = migrator(settings);
        if (backup != null) {
            Backup.Result dump = Backup.beforeUpgrade(settings, migrator, backup.toPath(), Clock.systemUTC());
            info(dump.describe());
        }
        MigrationResult result = (target != null) ? migrator.migrate(target) : migrator.migrate();
        info(Reports.result(result));
    }
}
