package dev.migrations.maven;

import dev.migrations.schema.Autogenerate;
import dev.migrations.schema.DesiredSchema;
import dev.migrations.schema.DiffOptions;
import dev.migrations.schema.Rename;
import dev.migrations.schema.SchemaMigration;
import dev.migrations.tooling.Settings;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jspecify.annotations.Nullable;

/**
 * {@code alembic revision --autogenerate}: writes the next migration {@code V<n>__<name>.sql} from the difference
 * between what the migrations build and the project's entities (or {@code fromSchema}, {@code fromUrl}), or logs
 * "no changes" and writes nothing. Run it after {@code compile}.
 */
@Mojo(name = "diff", requiresProject = true, threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class DiffMojo extends AbstractAutogenerateMojo {

    /** What the migration does, for example {@code add_nickname}. */
    @Parameter(property = "name", required = true)
    String name;

    /** Rename hints, {@code table.old=new} or {@code table.old_column=new_column}: written as renames, not drops. */
    @Parameter(property = "migrations.renames")
    @Nullable
    List<String> renames;

    /** Creates and drops indexes of existing tables {@code CONCURRENTLY} (the file runs without a transaction). */
    @Parameter(property = "migrations.concurrently", defaultValue = "false")
    boolean concurrently;

    @Override
    void run(Settings settings, Autogenerate autogenerate, DesiredSchema desired)
            throws MojoExecutionException, SQLException, IOException {
        List<Path> folders = settings.folders();
        if (folders.isEmpty()) {
            throw new MojoExecutionException(
                    "No file-system location to write the migration to: " + settings.locations());
        }
        List<Rename> hints = (renames == null)
                ? List.of()
                : renames.stream().map(Rename::parse).toList();
        SchemaMigration migration =
                autogenerate.withOptions(new DiffOptions(concurrently)).diff(desired, hints);
        if (migration.isEmpty()) {
            getLog().info("no changes");
            return;
        }
        Path file = autogenerate.write(migration, folders.get(0), name);
        info(migration.summary());
        getLog().info("Created " + settings.projectDir().relativize(file));
    }

    @Override
    String goal() {
        return "diff";
    }
}
