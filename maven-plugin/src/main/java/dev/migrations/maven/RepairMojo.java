package dev.migrations.maven;

import dev.migrations.tooling.Reports;
import dev.migrations.tooling.Settings;
import org.apache.maven.plugins.annotations.Mojo;

/** Removes failed history rows and records the checksums of changed files. */
@Mojo(name = "repair", requiresProject = true, threadSafe = true)
public class RepairMojo extends AbstractMigrationsMojo {

    @Override
    void run(Settings settings) {
        info(Reports.result(migrator(settings).repair()));
    }
}
