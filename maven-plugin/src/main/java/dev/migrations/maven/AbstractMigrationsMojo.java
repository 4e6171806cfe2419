package dev.migrations.maven;

import dev.migrations.core.MigrationException;
import dev.migrations.core.Migrator;
import dev.migrations.core.Secrets;
import dev.migrations.core.UnresolvedPlaceholderException;
import dev.migrations.tooling.PlaceholderExplanation;
import dev.migrations.tooling.Settings;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * What every goal shares: the connection and location parameters, resolved with the environment and the project's
 * {@code application.yml|properties} exactly as the command line resolves them (tooling's {@code Settings}), and
 * the translation of engine failures into build failures with the engine's own message.
 */
abstract class AbstractMigrationsMojo extends AbstractMojo {

    /** The project directory: its application files and {@code src/main/resources/db/migrations} are read. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** JDBC URL (else MIGRATIONS_URL, SPRING_DATASOURCE_URL, spring.datasource.url in application.yml). */
    @Parameter(property = "migrations.url")
    @Nullable
    String url;

    /** Database user. */
    @Parameter(property = "migrations.user")
    @Nullable
    String user;

    /** Database password; prefer the environment (MIGRATIONS_PASSWORD, SPRING_DATASOURCE_PASSWORD). */
    @Parameter(property = "migrations.password")
    @Nullable
    String password;

    /** Migration locations (default: filesystem:src/main/resources/db/migrations). */
    @Parameter(property = "migrations.locations")
    @Nullable
    List<String> locations;

    /** Schema of the history table. */
    @Parameter(property = "migrations.schema")
    @Nullable
    String schema;

    /** Name of the history table. */
    @Parameter(property = "migrations.table")
    @Nullable
    String table;

    /** An application.yml|properties to read instead of the project's. */
    @Parameter(property = "migrations.configFile")
    @Nullable
    File configFile;

    /** Spring profile whose application-PROFILE file applies. */
    @Parameter(property = "migrations.profile")
    @Nullable
    String profile;

    /** Skips the goal. */
    @Parameter(property = "migrations.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipped (migrations.skip)");
            return;
        }
        try {
            run(settings());
        } catch (UnresolvedPlaceholderException ex) {
            PlaceholderExplanation explanation = PlaceholderExplanation.of(ex);
            throw new MojoExecutionException(explanation.description() + "\n\nAction: " + explanation.action(), ex);
        } catch (MigrationException ex) {
            String message = Secrets.maskUrl(ex.getMessage());
            throw new MojoFailureException(message, ex);
        }
    }

    /** Does the goal's work. */
    abstract void run(Settings settings) throws MojoExecutionException, MojoFailureException;

    Settings settings() {
        Map<String, String> flags = new LinkedHashMap<>();
        put(flags, "migrations.url", url);
        put(flags, "migrations.user", user);
        put(flags, "migrations.password", password);
        put(
                flags,
                "migrations.locations",
                (locations != null && !locations.isEmpty()) ? String.join(",", locations) : null);
        put(flags, "migrations.schema", schema);
        put(flags, "migrations.table", table);
        return Settings.resolve(new Settings.Input(
                flags, System.getenv(), basedir.toPath(), (configFile != null) ? configFile.toPath() : null, profile));
    }

    /** A migrator for the settings; the URL and every {@code ${...}} are checked before anything connects. */
    static Migrator migrator(Settings settings) {
        return Migrator.create(settings.dataSource(), settings.config(MavenNames.NAMES));
    }

    /** Logs text line by line at info level. */
    void info(String text) {
        text.lines().forEach(getLog()::info);
    }

    private static void put(Map<String, String> flags, String key, @Nullable String value) {
        if (value != null) {
            flags.put(key, value);
        }
    }
}
