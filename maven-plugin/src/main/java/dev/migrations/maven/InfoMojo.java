package dev.migrations.maven;

import dev.migrations.tooling.Json;
import dev.migrations.tooling.Reports;
import dev.migrations.tooling.Settings;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Every migration with its state ({@code migrations history}, {@code alembic history}). */
@Mojo(name = "info", requiresProject = true, threadSafe = true)
public class InfoMojo extends AbstractMigrationsMojo {

    /** Adds checksum, who applied it, when and how long it took. */
    @Parameter(property = "migrations.verbose", defaultValue = "false")
    boolean verbose;

    /** Logs JSON instead of a table. */
    @Parameter(property = "migrations.json", defaultValue = "false")
    boolean json;

    @Override
    void run(Settings settings) {
        var status = migrator(settings).info();
        info("Current version: " + Reports.current(status));
        info(json ? Json.write(Reports.json(status)) : Reports.history(status, verbose));
    }
}
