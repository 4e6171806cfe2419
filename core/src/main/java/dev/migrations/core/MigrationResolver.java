package dev.migrations.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds every local migration: SQL files from the locations plus the configured Java migrations. */
final class MigrationResolver {

    private MigrationResolver() {}

    static List<ResolvedMigration> resolve(MigrationsConfig config, String vendor) {
        ClassLoader classLoader = (config.classLoader() != null)
                ? config.classLoader()
                : Thread.currentThread().getContextClassLoader();
        if (classLoader == null) {
            classLoader = MigrationResolver.class.getClassLoader();
        }
        List<ResolvedMigration> migrations = new ArrayList<>();
        for (SqlMigrationFile file :
                MigrationScanner.scan(config.locations(), classLoader, vendor, config.encoding())) {
            migrations.add(ResolvedMigration.sql(file));
        }
        for (JavaMigration java : config.javaMigrations()) {
            migrations.add(ResolvedMigration.java(java));
        }
        migrations.sort((a, b) -> a.version().compareTo(b.version()));
        Map<Version, ResolvedMigration> seen = new HashMap<>();
        for (ResolvedMigration migration : migrations) {
            ResolvedMigration other = seen.putIfAbsent(migration.version(), migration);
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
        return migrations;
    }
}
