package dev.migrations.maven;

import dev.migrations.core.MigrationStatus;
import dev.migrations.tooling.Settings;
import org.apache.maven.plugins.annotations.Mojo;

/** Checks, changing nothing, that applied migrations match their files and nothing is pending. */
@Mojo(name = "validate", requiresProject = true, threadSafe = true)
public class ValidateMojo extends AbstractMigrationsMojo {

    @Override
    void run(Settings settings) {
        MigrationStatus status = migrator(settings).validate();
        info("Schema \"" + status.schema() + "\" is valid at version "
                + ((status.currentVersion() != null) ? status.currentVersion() : "<< empty >>") + ": "
                + status.migrations().size() + " migration(s) checked.");
    }
}
