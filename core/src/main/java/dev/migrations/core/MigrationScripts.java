package dev.migrations.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's own reading of migration files, offered to tools above core (the linter, the test kit) so that they
 * never parse SQL differently from the engine. Nothing here touches a database.
 *
 * @since 0.1.0
 */
public final class MigrationScripts {

    private static final String VENDOR = "postgresql";

    private MigrationScripts() {}

    /**
     * Every versioned SQL migration found in {@code config}'s locations (Java migrations have no SQL and are left
     * out), in version order, as the engine would run their upgrades on PostgreSQL. {@code ${migrations:schema}}
     * stands for the configured schema ({@code public} when unset) and {@code ${migrations:user}} for the configured
     * installed-by user (empty when unset), since no connection is open. Errors are the engine's own
     * {@link MigrationException}s.
     */
    public static List<MigrationScript> read(MigrationsConfig config) {
        MigrationsConfig sqlOnly = config.toBuilder().javaMigrations(List.of()).build();
        Map<String, String> placeholders = new HashMap<>(config.placeholders());
        placeholders.putIfAbsent("migrations:schema", (config.schema() != null) ? config.schema() : "public");
        placeholders.putIfAbsent("migrations:table", config.table());
        placeholders.putIfAbsent("migrations:user", (config.installedBy() != null) ? config.installedBy() : "");
        List<MigrationScript> scripts = new ArrayList<>();
        for (ResolvedMigration migration : MigrationResolver.resolve(sqlOnly, VENDOR)) {
            if (migration instanceof ResolvedMigration.VersionedSql sql) {
                scripts.add(sql.script(config, placeholders));
            }
        }
        return List.copyOf(scripts);
    }

    /**
     * One migration file's text parsed as the engine parses it (markers, no placeholder replacement); for tools and tests that hold SQL text rather than a location.
     *
     * @param version the version, such as {@code 3}
     * @param location the name to show in findings and errors, such as {@code V3__add_orders.sql}
     * @param content the file's text
     */
    public static MigrationScript parse(String version, String location, String content) {
        ResolvedMigration.Sql migration =
                ResolvedMigration.sql(new SqlMigrationFile(Version.parse(version), "", location, content, null, null));
        return migration.script(
                MigrationsConfig.builder().placeholderReplacement(false).build(), Map.of());
    }
}
