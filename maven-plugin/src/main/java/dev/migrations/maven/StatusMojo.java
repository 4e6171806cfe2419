package dev.migrations.maven;

import dev.migrations.core.MigrationStatus;
import dev.migrations.tooling.Reports;
import dev.migrations.tooling.Settings;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** The current version and what is pending; fails the build on pending migrations when asked (for CI). */
@Mojo(name = "status", requiresProject = true, threadSafe = true)
public class StatusMojo extends AbstractMigrationsMojo {

    /** Fails the build when migrations are pending (the command line's {@code status --exit-code}). */
    @Parameter(property = "migrations.failIfPending", defaultValue = "false")
    boolean failIfPending;

    @Override
    void run(Settings settings) throws MojoFailureException {
        MigrationStatus status = migrator(settings).info();
        info(Reports.status(status));
        if (failIfPending && !status.pending().isEmpty()) {
            throw new MojoFailureException(status.pending().size() + " migration(s) pending in schema \""
                    + status.schema() + "\" (migrations.failIfPending).");
        }
    }
}
