package dev.migrations.maven;

import dev.migrations.core.Migrator;
import dev.migrations.tooling.Reports;
import dev.migrations.tooling.Settings;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Records an existing schema as being at {@code version} without running anything ({@code alembic stamp}). */
@Mojo(name = "baseline", requiresProject = true, threadSafe = true)
public class BaselineMojo extends AbstractMigrationsMojo {

    /** The version the schema is already at. */
    @Parameter(property = "migrations.version", required = true)
    String version;

    @Override
    void run(Settings settings) {
        Migrator migrator = Migrator.create(
                settings.dataSource(),
                settings.config(MavenNames.NAMES).toBuilder()
                        .baselineVersion(version)
                        .build());
        info(Reports.result(migrator.baseline()));
    }
}
