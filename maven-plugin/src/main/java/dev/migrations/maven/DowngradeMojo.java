package dev.migrations.maven;

import dev.migrations.core.MigrationResult;
import dev.migrations.core.Migrator;
import dev.migrations.tooling.Reports;
import dev.migrations.tooling.Settings;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/** Undoes migrations, newest first: one by default, {@code steps} of them, or every one above {@code to}. */
@Mojo(name = "downgrade", requiresProject = true, threadSafe = true)
public class DowngradeMojo extends AbstractMigrationsMojo {

    /** How many migrations to undo (default 1). */
    @Parameter(property = "migrations.steps")
    @Nullable
    Integer steps;

    /** Undo every migration above this version ({@code base}: all). */
    @Parameter(property = "migrations.to")
    @Nullable
    String to;

    @Override
    void run(Settings settings) throws MojoExecutionException {
        if (steps != null && to != null) {
            throw new MojoExecutionException("Give only one of migrations.steps and migrations.to.");
        }
        Migrator migrator = migrator(settings);
        MigrationResult result =
                (to != null) ? migrator.downgradeTo(to) : migrator.downgrade((steps != null) ? steps : 1);
        info(Reports.result(result));
    }
}
