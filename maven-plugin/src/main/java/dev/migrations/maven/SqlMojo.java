package dev.migrations.maven;

import dev.migrations.core.Migrator;
import dev.migrations.tooling.Settings;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * The SQL an upgrade or downgrade would run, without running it ({@code alembic upgrade head --sql}): written to
 * {@code outputFile}, or to standard output ({@code mvn -q migrations:sql > review.sql}).
 */
@Mojo(name = "sql", requiresProject = true, threadSafe = true)
public class SqlMojo extends AbstractMigrationsMojo {

    /** {@code up} (an upgrade) or {@code down} (a downgrade). */
    @Parameter(property = "migrations.direction", defaultValue = "up")
    String direction;

    /** Upgrade: version to upgrade to (default: the latest). */
    @Parameter(property = "migrations.target")
    @Nullable
    String target;

    /** Downgrade: how many migrations to undo (default 1). */
    @Parameter(property = "migrations.steps")
    @Nullable
    Integer steps;

    /** Downgrade: undo every migration above this version. */
    @Parameter(property = "migrations.to")
    @Nullable
    String to;

    /** Where to write the SQL; standard output when not set. */
    @Parameter(property = "migrations.outputFile")
    @Nullable
    File outputFile;

    @Override
    void run(Settings settings) throws MojoExecutionException {
        Migrator migrator = migrator(settings);
        String sql;
        switch (direction) {
            case "up" -> sql = (target != null) ? migrator.dryRun(target) : migrator.dryRun();
            case "down" ->
                sql = (to != null)
                        ? migrator.dryRunDowngradeTo(to)
                        : migrator.dryRunDowngrade((steps != null) ? steps : 1);
            default -> throw new MojoExecutionException("migrations.direction is up or down, not '" + direction + "'.");
        }
        if (outputFile == null) {
            System.out.print(sql);
            System.out.flush();
            return;
        }
        try {
            File parent = outputFile.getAbsoluteFile().getParentFile();
            Files.createDirectories(parent.toPath());
            Files.writeString(outputFile.toPath(), sql, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new MojoExecutionException("Cannot write " + outputFile + ": " + ex.getMessage(), ex);
        }
        getLog().info("Wrote the SQL to " + outputFile);
    }
}
