package dev.migrations.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds every local migration: SQL files from the locations plus the configured Java migrations, and callbacks. */
final class MigrationResolver {

    private static final Logger logger = LoggerFactory.getLogger(MigrationResolver.class);

    private MigrationResolver() {}

    /** What the locations and the configuration hold for a run. */
    record Local(List<ResolvedMigration> migrations, List<SqlCallback> callbacks) {

        /** Whether a migrate run has callbacks to run, which makes even a run with nothing pending take the lock. */
        boolean hasCallbacks(MigrationsConfig config) {
            return !config.callbacks().isEmpty() || callbacks.stream().anyMatch((c) -> c.event() != null);
        }
    }

    /** The migrations only; repeatable checksums without placeholder replacement (callers without a session). */
    static List<ResolvedMigration> resolve(MigrationsConfig config, String vendor) {
        return resolve(config, vendor, Map.of()).migrations();
    }

    /**
     * Versioned migrations in version order, then repeatable ones in description order; {@code placeholders} are
     * the values repeatable checksums and {@code shouldExecute} expressions are computed with.
     */
    static Local resolve(MigrationsConfig config, String vendor, Map<String, String> placeholders) {
        ClassLoader classLoader = (config.classLoader() != null)
                ? config.classLoader()
                : Thread.currentThread().getContextClassLoader();
        if (classLoader == null) {
            classLoader = MigrationResolver.class.getClassLoader();
        }
        MigrationScanner.Scanned scanned = MigrationScanner.scanAll(
                config.locations(), classLoader, vendor, config.encoding(), config.optionNames());
        Placeholders.Syntax syntax = Placeholders.Syntax.of(config);
        List<ResolvedMigration> migrations = new ArrayList<>();
        List<ResolvedMigration> repeatables = new ArrayList<>();
        List<SqlMigrationFile> files = scanned.migrations();
        for (int i = 0; i < files.size(); i++) {
            SqlMigrationFile file = files.get(i);
            if (!shouldExecute(file.config(), file.location(), placeholders, syntax)) {
                logger.info("Skipping {}: shouldExecute in its .conf file is false", file.location());
                continue;
            }
            ResolvedMigration migration = file.repeatable()
                    ? ResolvedMigration.sql(file, config.placeholderReplacement(), placeholders, syntax)
                    : scanned.resolutions().versioned(i, () -> ResolvedMigration.sql(file));
            (migration.repeatable() ? repeatables : migrations).add(migration);
        }
        for (JavaMigration java : config.javaMigrations()) {
            migrations.add(ResolvedMigration.java(java));
        }
        migrations.sort((a, b) -> a.requireVersion().compareTo(b.requireVersion()));
        Map<Version, ResolvedMigration> seen = new HashMap<>();
        for (ResolvedMigration migration : migrations) {
            ResolvedMigration other = seen.putIfAbsent(migration.requireVersion(), migration);
            if (other != null) {
                throw MigrationException.builder(
                                ErrorCode.DUPLICATE_VERSION,
                                "Version " + migration.version() + " is used by both " + other.script() + " and "
                                        + migration.script() + ".")
                        .script(migration.script())
                        .action("Give one of them a new version; each version must be unique.")
                        .build();
            }
        }
        migrations.addAll(repeatables);
        List<SqlCallback> callbacks = new ArrayList<>();
        for (SqlCallback callback : scanned.callbacks()) {
            if (callback.event() == null) {
                logger.warn(
                        "Flyway callback {} is not run: migrations runs the callbacks of the migrate command only"
                                + " (beforeMigrate, beforeEachMigrate, afterEachMigrate, afterEachMigrateError,"
                                + " afterVersioned, beforeRepeatables, afterMigrateApplied, afterMigrate,"
                                + " afterMigrateError)",
                        callback.location());
            } else if (shouldExecute(callback.config(), callback.location(), placeholders, syntax)) {
                callbacks.add(callback);
            }
        }
        return new Local(migrations, callbacks);
    }

    private static boolean shouldExecute(
            ScriptConfig config, String location, Map<String, String> placeholders, Placeholders.Syntax syntax) {
        String shouldExecute = config.shouldExecute();
        if (shouldExecute == null) {
            return true;
        }
        String location1 = location + ScriptConfig.SUFFIX;
        String expression = Placeholders.replace(shouldExecute, placeholders, syntax, location1, null, 1);
        return ScriptConfig.evaluate(expression, location1);
    }
}
