package dev.migrations.maven;

import dev.migrations.core.NewMigration;
import dev.migrations.tooling.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Creates the next migration file {@code V<n>__<name>.sql} ({@code alembic revision -m}). */
@Mojo(name = "new", requiresProject = true, threadSafe = true)
public class NewMojo extends AbstractMigrationsMojo {

    /** What the migration does, for example {@code add_phone_to_users}. */
    @Parameter(property = "name", required = true)
    String name;

    /** Versions the file with a UTC timestamp. */
    @Parameter(property = "migrations.timestamp", defaultValue = "false")
    boolean timestamp;

    @Override
    void run(Settings settings) throws MojoExecutionException {
        List<Path> folders = settings.folders();
        if (folders.isEmpty()) {
            throw new MojoExecutionException(
                    "No file-system location to create the migration in: " + settings.locations());
        }
        Path file = NewMigration.create(folders.get(0), name, timestamp, Clock.systemUTC());
        getLog().info("Created " + settings.projectDir().relativize(file));
    }
}
