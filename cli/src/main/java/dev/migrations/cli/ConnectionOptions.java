package dev.migrations.cli;

import dev.migrations.tooling.Settings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options every database command takes; they win over the environment and the project's application files. */
final class ConnectionOptions {

    @Option(
            names = "--url",
            paramLabel = "JDBC_URL",
            description = "JDBC URL (else MIGRATIONS_URL, SPRING_DATASOURCE_URL, spring.datasource.url)")
    @Nullable
    String url;

    @Option(names = "--user", description = "Database user (else MIGRATIONS_USER, SPRING_DATASOURCE_USERNAME, ...)")
    @Nullable
    String user;

    @Option(
            names = "--password",
            description = "Database password (prefer MIGRATIONS_PASSWORD or SPRING_DATASOURCE_PASSWORD: a flag is"
                    + " visible to other users of the machine)")
    @Nullable
    String password;

    @Option(
            names = "--locations",
            split = ",",
            paramLabel = "LOCATION",
            description = "Migration folders (default: filesystem:src/main/resources/db/migrations)")
    @Nullable
    List<String> locations;

    @Option(names = "--schema", description = "Schema of the history table")
    @Nullable
    String schema;

    @Option(names = "--table", description = "Name of the history table")
    @Nullable
    String table;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "An application.yml|properties to read instead of the project's")
    @Nullable
    Path config;

    @Option(
            names = "--profile",
            paramLabel = "PROFILE",
            description = "Spring profile whose application-PROFILE file applies")
    @Nullable
    String profile;

    @Option(
            names = {"-C", "--project"},
            paramLabel = "DIR",
            description = "Project directory (default: the current one)")
    @Nullable
    Path project;

    /** Resolves flags, the environment and the project's files, in that order. */
    Settings settings(Map<String, String> environment, Path workingDirectory) {
        Map<String, String> flags = new LinkedHashMap<>();
        put(flags, "migrations.url", url);
        put(flags, "migrations.user", user);
        put(flags, "migrations.password", password);
        put(flags, "migrations.locations", (locations != null) ? String.join(",", locations) : null);
        put(flags, "migrations.schema", schema);
        put(flags, "migrations.table", table);
        Path dir = (project != null) ? workingDirectory.resolve(project) : workingDirectory;
        return Settings.resolve(new Settings.Input(flags, environment, dir, config, profile));
    }

    private static void put(Map<String, String> flags, String key, @Nullable String value) {
        if (value != null) {
            flags.put(key, value);
        }
    }
}
